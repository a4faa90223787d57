/** Returns the operating-system user name recorded as the author of CLI changes in Change History. */
export function cliUser(env: Readonly<Record<string, string | undefined>>): string {
  return env.USER ?? env.USERNAME ?? '';
}
