/**
 * The signed-in user, or `null` when signed out (the login page shows): the one cache entry that is
 * not a procedure's answer as it stands, so it has its own key; every other key comes from `useTRPC()`.
 */
export const ME_KEY = ["auth.me"] as const;
