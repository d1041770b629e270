// The bare baseline of `npm run bench`: the same Next.js as Hako (resolved from the repository's
// node_modules, one directory up), with nothing of Hako in it.
import type { NextConfig } from "next";

const nextConfig: NextConfig = {};

export default nextConfig;
