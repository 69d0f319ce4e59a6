import { useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { LoginInput, parseWith } from "@kontaktplan/schema";
import { api } from "../trpc.js";
import { apiFieldErrors, errorMessage, fieldErrors } from "../errors.js";
import { ME_KEY } from "../query-keys.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";

/** Sign in with e-mail and password; checked with the server's own schema before it is sent. */
export function LoginPage() {
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
      const me = await api.auth.login.mutate(parsed.value);
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
      <form onSubmit={submit} noValidate>
        <Field label="E-mail" name="email" type="email" autoComplete="username" error={errors["email"]} />
        <Field label="Adgangskode" name="password" type="password" autoComplete="current-password" error={errors["password"]} />
        <FormSubmit error={serverError} busy={busy} label="Log ind" busyLabel="Logger ind …" />
      </form>
    </main>
  );
}
