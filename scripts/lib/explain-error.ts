/** An error as the one line the build prints for it: no stack trace, and a full disk said in words. */
export function explainError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC' || /\bENOSPC\b/.test(message)) {
    return 'no space left on the device: free some space (or pass --out-dir on another disk) and build again';
  }
  return message.split('\n')[0]!;
}
