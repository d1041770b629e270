import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * Renders organizer-written markdown. Raw HTML is not interpreted (react-markdown escapes it),
 * rehype-sanitize strips anything unsafe that remains, and only http(s)/mailto links survive.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose prose-slate max-w-none dark:prose-invert">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        urlTransform={(url) => (/^(https?:|mailto:|#|\/(?!\/))/i.test(url.trim()) ? url : "")}
        components={{ a: ({ node: _node, ...props }) => <a {...props} rel="nofollow noopener noreferrer" /> }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
