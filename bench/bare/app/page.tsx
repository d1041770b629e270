import { connection } from "next/server";

// Rendered on every request, like Hako's pages: the framework's ceiling for a dynamic page.
export default async function Page() {
  await connection();
  const now = new Date();
  return (
    <main>
      <h1>Bare Next.js</h1>
      <p>Rendered at {now.toISOString()}</p>
      <ul>
        {Array.from({ length: 10 }, (_, i) => (
          <li key={i}>Item {i + 1}</li>
        ))}
      </ul>
    </main>
  );
}
