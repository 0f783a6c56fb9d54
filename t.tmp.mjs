import { createAnalyzer } from "./dist/index.js";
const v = await createAnalyzer();
for (const s of process.argv.slice(2)) {
  const r = v.analyzeText(`date 2024-12-05\n${s}`);
  console.log(s, "\n  ", r.entities.map((e) => `${e.type[0]}:${e.name}[${e.mentions.map((m) => m.text).join("/")}]`).join("  "));
}
