/**
 * Vigie's web app: one page, its view chosen by the query string (?page=story&id=3), so every
 * view can be bookmarked and shared. Everything comes from the server that served the app.
 */
import "./style.css";
import { ApiError } from "./api.js";
import { clear, h } from "./dom.js";
import { showArticle } from "./views/article.js";
import { showExplore } from "./views/explore.js";
import { showDocuments, showEntity, showSearch } from "./views/pages.js";
import { showStories, showStory } from "./views/story.js";

const VIEWS: Record<string, (root: HTMLElement, params: URLSearchParams) => Promise<void>> = {
  events: showExplore,
  article: showArticle,
  stories: showStories,
  story: showStory,
  entity: showEntity,
  documents: showDocuments,
  search: showSearch,
};

async function render(): Promise<void> {
  const root = document.getElementById("app")!;
  clear(root);
  const params = new URLSearchParams(location.search);
  const view = VIEWS[params.get("page") ?? "events"];
  const search = document.querySelector<HTMLInputElement>("form.search input[name=q]");
  if (search) search.value = params.get("q") ?? "";
  document.body.dataset.ready = "";
  try {
    if (!view) throw new ApiError(`no page "${params.get("page")}"`);
    await view(root, params);
  } catch (err) {
    root.append(h("p", { class: "error", role: "alert" }, err instanceof Error ? err.message : String(err)));
  }
  document.body.dataset.ready = "yes";
}

void render();
