/** A colour per PLOVER event type (the map, the timeline and the article use the same). */
export const TYPE_COLORS: Record<string, string> = {
  AGREE: "#1b9e77", ACCUSE: "#d95f02", AID: "#66a61e", ASSAULT: "#e7298a", COERCE: "#a6761d", CONCEDE: "#7570b3",
  CONSULT: "#1f78b4", COOPERATE: "#33a02c", MOBILIZE: "#b15928", PROTEST: "#ff7f00", REJECT: "#6a3d9a", REQUEST: "#a6cee3",
  RETREAT: "#b2df8a", SANCTION: "#fb9a99", SUPPORT: "#fdbf6f", THREATEN: "#e31a1c",
};
export const PLOVER_TYPES = Object.keys(TYPE_COLORS);
export const STATUSES = ["reported", "claimed", "historical", "intended", "negated"];
export const typeColor = (type: string) => TYPE_COLORS[type] ?? "#666";
