/** Caches that belong to one signed-in user register here and are emptied at sign-out. */

const clearers = new Set<() => void>();

export const registerSessionCache = (clear: () => void): void => {
  clearers.add(clear);
};

export const clearSessionCaches = (): void => {
  for (const clear of clearers) clear();
};
