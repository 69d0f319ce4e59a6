/** The signed-in user; `null` means signed out (the login page shows). */
export const ME_KEY = ["auth.me"] as const;

/** The a-kasse's due fællessamtaler; the booking page reads the same list. */
export const JOINT_DUE_KEY = ["joint.due"] as const;

/** The signed-in user's unread notifications (the top bar's bell); the inbox page updates it. */
export const UNREAD_KEY = ["notifications.unreadCount"] as const;
