// Hands every page rendered by `rapport build` to the search index as it is made (src/site/search-index.ts).
import { defineMiddleware } from "astro:middleware";
import { searchSession } from "../src/site/search-index.ts";

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const session = searchSession();
  if (!session || !response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  session.add(context.url.pathname, html);
  return new Response(html, response);
});
