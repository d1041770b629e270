// Page-side glue: a domain NOT_FOUND becomes Next's 404 page.
import { notFound } from "next/navigation";
import { isAppError } from "./errors";

export async function or404<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
