"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="text-sm text-slate-700 hover:underline dark:text-slate-300">
      {label}
    </button>
  );
}
