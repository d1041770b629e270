"use client";
import { type FormEvent, startTransition } from "react";

/**
 * An onSubmit handler that runs the form's action without React's automatic form reset, so a
 * refused form keeps what was typed (long abstracts, time ranges). Without JavaScript the form's
 * action attribute still submits it the ordinary way.
 */
export function submitKeepingValues(dispatch: (form: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(e.currentTarget, submitter);
    startTransition(() => dispatch(form));
  };
}
