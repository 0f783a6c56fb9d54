import type { GeoPoint } from "../document/document.js";

export type EntityType = "person" | "organization" | "location";

/** An office held over a period: `of` is a country code (IR) or the id of an organization. */
export interface Office {
  office: string;
  of: string;
  /** YYYY[-MM[-DD]]; null when unknown (held since before anyone remembers) */
  from: string | null;
  /** YYYY[-MM[-DD]], exclusive; null while still held */
  to: string | null;
}

/** Something Vigie knows by name: a person, an organization, or a place. */
export interface KnownEntity {
  /** stable id: a Wikidata QID, geo:<GeoNames id>, country:<ISO code>, or <type>:<slug> */
  id: string;
  /** canonical English name, Wikipedia-title style */
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2 of the home country; null for international bodies */
  country: string | null;
  /** Wikidata QID where known */
  kb: string | null;
  /** every other name it goes by, in any language */
  aliases: string[];
  /** names it goes by only where the document is about its sector (a club's city, "Liverpool", in a sports report) */
  contextAliases: string[];
  /** PLOVER-style sector of an actor: GOV, MIL, REB, OPP, PTY, IGO, NGO, MED, BUS, … */
  sector: string | null;
  offices: Office[];
  /** a fixed role description, when offices do not say it */
  role: string | null;
  /** places: where, and what kind */
  geo: GeoPoint | null;
  population: number;
  /** places: the country a capital stands for, in metonymy ("Téhéran a assuré") */
  capitalOf: string | null;
  /** places: the country whose government sits there and speaks by its name ("the White House said", "l'Élysée a indiqué") */
  seatOf: string | null;
  /** places: a city that is the seat of a first-level region (a state, a province, a canton) */
  regionSeat: boolean;
}

export function knownEntity(fields: Partial<KnownEntity> & Pick<KnownEntity, "id" | "name" | "type">): KnownEntity {
  return {
    country: null,
    kb: null,
    aliases: [],
    contextAliases: [],
    sector: null,
    offices: [],
    role: null,
    geo: null,
    population: 0,
    capitalOf: null,
    seatOf: null,
    regionSeat: false,
    ...fields,
  };
}
