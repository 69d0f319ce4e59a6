import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { isJobcentreRole, type Me } from "@kontaktplan/schema";
import { useApi } from "../api.js";
import { errorMessage } from "../errors.js";
import { ROLE_LABEL } from "../roles.js";
import { ME_KEY } from "../query-keys.js";
import { JobcentreNav } from "../jobcentre/JobcentreNav.js";
import { AdminNav } from "../admin/AdminNav.js";
import { AkasseNav } from "../akasse/AkasseNav.js";
import { Bell } from "../notifications/Bell.js";
import { hasInbox } from "../notifications/links.js";

/** Who is signed in, for which organisation, and the way out. */
export function TopBar({ user }: { user: Me }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function logout() {
    setBusy(true);
    setError(null);
    try {
      await api.auth.logout.mutate();
      window.location.hash = "";
      // Signed out shows the login page. Every other cached answer belonged to this user and goes;
      // the signed-in user's own entry is overwritten, not removed, so the app sees the change.
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <header className="topbar">
      <a href="#/" className="brand">
        Kontaktplan
      </a>
      {user.mustChangePassword ? null : (
        <>
          {isJobcentreRole(user.role) ? <JobcentreNav /> : null}
          {user.role === "akasse" ? <AkasseNav /> : null}
          <AdminNav role={user.role} />
          {hasInbox(user.role) ? <Bell /> : null}
        </>
      )}
      <p className="who">
        Logget ind som <strong>{user.name}</strong> ({ROLE_LABEL[user.role]}
        {user.organisation ? `, ${user.organisation.name}` : ""})
      </p>
      <button type="button" onClick={logout} disabled={busy}>
        Log ud
      </button>
      {error ? (
        <p role="alert" className="error-inline">
          {error}
        </p>
      ) : null}
    </header>
  );
}
