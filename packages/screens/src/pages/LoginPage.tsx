import { useState, type FormEvent, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { LoginInput, parseWith, type Me } from "@kontaktplan/schema";
import { useApi } from "../api.js";
import { apiFieldErrors, errorMessage, fieldErrors } from "../errors.js";
import { ME_KEY } from "../query-keys.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { markSignedIn } from "../components/focus-heading.js";

export interface LoginPageProps {
  /** How to sign in; the portal asks the server, the desktop app its own main process. */
  signIn?: (input: LoginInput) => Promise<Me>;
  /** A few words under the heading. */
  intro?: ReactNode;
}

/** Sign in with e-mail and password; checked with the server's own schema before it is sent. */
export function LoginPage({ signIn, intro }: LoginPageProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = parseWith(LoginInput, { email: form.get("email"), password: form.get("password") });
    setServerError(null);
    if (!parsed.ok) {
      setErrors(fieldErrors(parsed.errors));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const me = await (signIn ? signIn(parsed.value) : api.auth.login.mutate(parsed.value));
      markSignedIn();
      queryClient.setQueryData(ME_KEY, me);
    } catch (error) {
      setErrors(apiFieldErrors(error));
      setServerError(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <main id="indhold" className="login">
      <h1>Log ind i Kontaktplan</h1>
      {intro}
      <form onSubmit={submit} noValidate>
        <Field label="E-mail" name="email" type="email" autoComplete="username" error={errors["email"]} />
        <Field label="Adgangskode" name="password" type="password" autoComplete="current-password" error={errors["password"]} />
        <FormSubmit error={serverError} busy={busy} label="Log ind" busyLabel="Logger ind …" />
      </form>
    </main>
  );
}
