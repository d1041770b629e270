"use client";

// next-auth's client is loaded on click only: the header is in every page's first load, and most
// visitors are not signed in.
async function signOut() {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/" });
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void signOut()} className="text-sm text-slate-700 hover:underline dark:text-slate-300">
      {label}
    </button>
  );
}
