// Share links: plain intent URLs of X, Bluesky and Mastodon (through Share₂Fedi, which asks for
// the person's own instance). No third-party script is loaded.
export function shareLinks(title: string, url: string, hashtag: string | null) {
  const text = hashtag ? `${title} #${hashtag}` : title;
  return [
    { service: "X", href: `https://x.com/intent/post?${new URLSearchParams({ text, url })}` },
    { service: "Bluesky", href: `https://bsky.app/intent/compose?${new URLSearchParams({ text: `${text} ${url}` })}` },
    { service: "Mastodon", href: `https://s2f.kytta.dev/?${new URLSearchParams({ text: `${text} ${url}` })}` },
  ];
}
