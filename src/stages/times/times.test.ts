import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer, type Analyzer } from "../../analyze.js";

let vigie: Analyzer;
beforeAll(async () => {
  vigie = await createAnalyzer();
});

/** [text, value, precision] of each time expression */
const times = (text: string) => vigie.analyzeText(text).times.map((t) => [t.text, t.value, t.precision]);

describe("times: explicit dates", () => {
  it("reads full and partial French dates against the document's year", () => {
    expect(times("date 2024-12-10 Le 27 novembre, puis samedi 30 novembre et le 1er décembre 2024, et le 27/11/2024.")).toEqual([
      ["Le 27 novembre", "2024-11-27", "day"],
      ["samedi 30 novembre", "2024-11-30", "day"],
      ["le 1er décembre 2024", "2024-12-01", "day"],
      ["le 27/11/2024", "2024-11-27", "day"],
    ]);
  });

  it("reads English dates, abbreviated months included", () => {
    expect(times("date 2024-12-10 Talks began on Dec. 1, 2024, after November 27 and before Dec 6.")).toEqual([
      ["on Dec. 1, 2024", "2024-12-01", "day"],
      ["after November 27", "2024-11-27", "day"],
      ["before Dec 6", "2024-12-06", "day"],
    ]);
  });

  it("reads a month named after the month's noun and a link ('le mois d'avril', 'the month of March')", () => {
    expect(times("date 2024-06-20 Le maire avait prévenu dès le mois d'avril, puis au mois de mai.")).toEqual([
      ["le mois d'avril", "2024-04", "month"],
      ["au mois de mai", "2024-05", "month"],
    ]);
    expect(times("date 2024-06-20 Rainfall doubled in the month of March.")).toEqual([["month of March", "2024-03", "month"]]);
  });

  it("reads a month after a range's closing link as a time ('postponed to January', 'from March to June')", () => {
    expect(times("date 2024-09-20 The ceremony had been postponed to January.")).toEqual([["January", "2024-01", "month"]]);
    expect(times("date 2024-09-20 Prices rose from March to June.")).toEqual([
      ["from March", "2024-03", "month"],
      ["June", "2024-06", "month"],
    ]);
  });

  it("reads a month after 'last' or 'next' as the one before or after the article's ('since last November' in a November article is a year back)", () => {
    expect(times("date 2024-11 The town has been empty since last November, and the vote is due next March.")).toEqual([
      ["since last November", "2023-11", "month"],
      ["next March", "2025-03", "month"],
    ]);
  });

  it("puts a date after an intention in the future ('son intention de soumettre la question de confiance le 15 janvier')", () => {
    expect(times("date 2024-11-07 Il a annoncé son intention de soumettre la question de confiance le 15 janvier.")).toEqual([["le 15 janvier", "2025-01-15", "day"]]);
  });

  it("keeps a date after a past auxiliary and its participle in the past, whatever future cue follows ('avait abaissé fin septembre ses prévisions')", () => {
    expect(times("date 2024-12-02 Le groupe avait abaissé fin septembre ses prévisions de marge.")).toEqual([["fin septembre", "2024-09", "month"]]);
  });

  it("puts a day-month in the past of the article, or its future in a future sentence", () => {
    expect(times("date 2024-03-05 L'attaque du 7 octobre a tout changé.")).toEqual([["attaque du 7 octobre", "2023-10-07", "day"]]);
    expect(times("date 2024-11-20 Le 10 janvier, le sommet se tiendra à Rome.")).toEqual([["Le 10 janvier", "2025-01-10", "day"]]);
    // (an elided preposition of two tokens before a month: "d'ici décembre")
    expect(times("date 2025-05-22 L'opération devrait être finalisée d'ici décembre.")).toEqual([["d'ici décembre", "2025-12", "month"]]);
    // (a tournament whose days "s'ouvrent", "démarrent" in the present tense is to come)
    expect(times("date 2025-06-09 Ils se retrouveront à Halle, dont les qualifications démarrent le 16 juin.")).toEqual([["le 16 juin", "2025-06-16", "day"]]);
    expect(times("date 2025-04-22 The singer, who begins a tour in Lisbon in June, thanked her fans.")).toEqual([["in June", "2025-06", "month"]]);
    // (a fixture in the present tense is to come: "host", "visits")
    expect(times("date 2025-03-10 Ajax host Feyenoord in the cup on Wednesday.")).toEqual([["on Wednesday", "2025-03-12", "day"]]);
    expect(times("date 2025-03-10 Ajax hosted Feyenoord in the cup on Wednesday.")).toEqual([["on Wednesday", "2025-03-05", "day"]]);
    // (a future verb many words before the date, in its clause)
    expect(times("date 2025-07-02 The brewer will shut 900 jobs at its two breweries in the north of the country by March.")).toEqual([["by March", "2026-03", "month"]]);
  });

  it("takes a weekday that something is called or set for as the coming one", () => {
    expect(times("date 2024-12-11 Les syndicats ont appelé à la grève pour lundi.")).toEqual([["lundi", "2024-12-16", "day"]]);
    expect(times("date 2024-12-11 The union called a strike for Monday.")).toEqual([["Monday", "2024-12-16", "day"]]);
    expect(times("date 2024-12-11 The union called a strike on Monday.")).toEqual([["on Monday", "2024-12-09", "day"]]);
    // (what is asked of someone, however far the weekday stands in its clause; the day of the asking stays past)
    expect(times("date 2025-10-08 La préfecture a demandé aux exploitants de fermer leurs trois terrasses du port jeudi.")).toEqual([["jeudi", "2025-10-09", "day"]]);
    expect(times("date 2025-10-08 Le maire a demandé jeudi une enquête.")).toEqual([["jeudi", "2025-10-02", "day"]]);
  });

  it("keeps a schedule just passed in its year, and reads any French future verb as future", () => {
    expect(times("date 2024-10-02 The talks are expected to resume on Sept. 30, officials said.")).toEqual([["on Sept. 30", "2024-09-30", "day"]]);
    expect(times("date 2025-01-05 La réforme entrera en vigueur fin juin.")).toEqual([["fin juin", "2025-06", "month"]]);
    expect(times("date 2025-01-05 Les syndicats lanceront une grève en mars.")).toEqual([["en mars", "2025-03", "month"]]);
    // a noun that ends like a future verb does not make the date future
    expect(times("date 2025-01-05 La caméra a filmé la scène en mars.")).toEqual([["en mars", "2024-03", "month"]]);
  });

  it("counts 'two days later', 'une semaine plus tôt' from the previous date of the text", () => {
    expect(times("date 2024-12-20 Le sommet s’est ouvert le 3 décembre. Deux jours plus tard, un accord était signé.")).toEqual([
      ["le 3 décembre", "2024-12-03", "day"],
      ["Deux jours plus tard", "2024-12-05", "day"],
    ]);
    expect(times("date 2024-12-20 The vote came on Tuesday. A week earlier, talks had collapsed.")).toEqual([
      ["on Tuesday", "2024-12-17", "day"],
      ["A week earlier", "2024-12-10", "day"],
    ]);
    expect(times("date 2024-12-20 The firm was founded in 2015. The following year, it went public; three years later, it failed.")).toEqual([
      ["in 2015", "2015", "year"],
      ["The following year", "2016", "year"],
      ["three years later", "2019", "year"],
    ]);
    expect(times("date 2024-12-20 Il était arrivé le 2 mars ; le mois suivant, il repartait.")).toEqual([
      ["le 2 mars", "2024-03-02", "day"],
      ["le mois suivant", "2024-04", "month"],
    ]);
    // later than nothing the text dates: no value rather than a wrong one
    expect(times("date 2024-12-20 Three years later, the company went bankrupt.")).toEqual([]);
  });

  it("reads months, years, parts of months and named periods", () => {
    expect(times("date 2025-01-15 En 2011, puis en juin dernier, fin novembre et mi-décembre, novembre 2024, depuis le Printemps arabe.")).toEqual([
      ["En 2011", "2011", "year"],
      ["en juin dernier", "2024-06", "month"],
      ["fin novembre", "2024-11", "month"],
      ["mi-décembre", "2024-12", "month"],
      ["novembre 2024", "2024-11", "month"],
      ["le Printemps arabe", "2011", "year"],
    ]);
    expect(times("date 2024-07-20 In March and early December, the 1980s, last year and in 2019.")).toEqual([
      ["In March", "2024-03", "month"],
      ["early December", "2023-12", "month"],
      ["1980s", "1980", "year"],
      ["last year", "2023", "year"],
      ["in 2019", "2019", "year"],
    ]);
  });

  it("skips numbers that only look like years, durations, ages and clock times", () => {
    expect(times("date 2024-05-02 Quelque 2000 personnes ont fui, 1500 combattants aussi. Il a 45 ans. Pendant trois ans, à 4 heures.")).toEqual([]);
    expect(times("date 2024-05-02 It cost $2024 and 2,300 people fled; the quake measured 7.8.")).toEqual([]);
  });
});

describe("times: weekdays and relative expressions with a day-precision date", () => {
  it("reads a weekday that a forecast or a plan looks to as the coming one", () => {
    expect(times("date 2025-03-14 Forecasters expect rain on Wednesday, the weather service said.")).toEqual([["on Wednesday", "2025-03-19", "day"]]);
    expect(times("date 2025-03-14 Les prévisions annoncent de la pluie mercredi sur la Bretagne.")).toEqual([["mercredi", "2025-03-19", "day"]]);
    expect(times("date 2025-03-14 Le président a parlé mercredi devant les maires.")).toEqual([["mercredi", "2025-03-12", "day"]]);
  });

  it("reads a bare weekday as the most recent one, and a future one forward", () => {
    // 2024-12-04 is a Wednesday
    expect(times("date 2024-12-04 Lundi, il a parlé. Mercredi, il est parti. Il reviendra lundi prochain.")).toEqual([
      ["Lundi", "2024-12-02", "day"],
      ["Mercredi", "2024-12-04", "day"],
      ["lundi prochain", "2024-12-09", "day"],
    ]);
    expect(times("date 2024-12-04 He spoke on Tuesday and will travel next Monday, dimanche soir aside.")).toEqual([
      ["on Tuesday", "2024-12-03", "day"],
      ["next Monday", "2024-12-09", "day"],
    ]);
    // "last" and "dernier" name the one before the day of writing, even on that weekday
    expect(times("date 2024-12-04 Mercredi dernier, il a parlé devant les députés.")).toEqual([["Mercredi dernier", "2024-11-27", "day"]]);
    expect(times("date 2024-12-04 He left the country last Wednesday, officials said.")).toEqual([["last Wednesday", "2024-11-27", "day"]]);
  });

  it("counts days, weeks and years from the day of writing", () => {
    expect(times("date 2024-12-04 Hier, avant-hier, aujourd'hui, la semaine dernière, il y a trois jours, l'an dernier.")).toEqual([
      ["Hier", "2024-12-03", "day"],
      ["avant-hier", "2024-12-02", "day"],
      ["aujourd'hui", "2024-12-04", "day"],
      ["la semaine dernière", "2024-11-25", "day"],
      ["il y a trois jours", "2024-12-01", "day"],
      ["l'an dernier", "2023", "year"],
    ]);
    expect(times("date 2024-12-04 Yesterday, last week and 13 years ago.")).toEqual([
      ["Yesterday", "2024-12-03", "day"],
      ["last week", "2024-11-25", "day"],
      ["13 years ago", "2011", "year"],
    ]);
  });

  it("counts la veille and le lendemain from the previous date of the text", () => {
    expect(times("date 2024-12-20 Le 8 décembre, la ville est tombée. Le lendemain, les pillages ont commencé.")).toEqual([
      ["Le 8 décembre", "2024-12-08", "day"],
      ["Le lendemain", "2024-12-09", "day"],
    ]);
  });

  it("counts la veille from the day of writing when the text dates nothing before it", () => {
    expect(times("date 2025-03-14 La veille, le président avait reçu les syndicats.")).toEqual([["La veille", "2025-03-13", "day"]]);
    expect(times("date 2025-03 La veille, le président avait reçu les syndicats.")).toEqual([["La veille", "2025-03", "month"]]);
  });

  it("counts the previous night and the night before from the previous date of the text", () => {
    expect(times("date 2025-03-14 Le 27 février, des drones ont frappé Odessa. La nuit précédente, des missiles avaient touché Kharkiv.")).toEqual([
      ["Le 27 février", "2025-02-27", "day"],
      ["La nuit précédente", "2025-02-26", "day"],
    ]);
    expect(times("date 2025-03-14 On Feb. 27, drones hit Odesa. The night before, missiles had struck Kharkiv.")).toEqual([
      ["On Feb. 27", "2025-02-27", "day"],
      ["The night before", "2025-02-26", "day"],
    ]);
  });
});

describe("times: a month-precision date", () => {
  it("pins a weekday with the text's other dates", () => {
    // the seed's pattern: an offensive on 27 November, then "lundi" in a December article
    expect(times("date 2024-12 Le 27 novembre, l'offensive a commencé. Lundi, la télévision a parlé.")).toEqual([
      ["Le 27 novembre", "2024-11-27", "day"],
      ["Lundi", "2024-12-02", "day"],
    ]);
  });

  it("gives the month when nothing pins the day", () => {
    expect(times("date 2024-08 On Monday, the strikes hit the grid. Today, power is back.")).toEqual([
      ["On Monday", "2024-08", "month"],
      ["Today", "2024-08", "month"],
    ]);
  });

  it("uses a day the text pins as the day of writing", () => {
    expect(times("date 2024-12 Le jeudi 5 décembre 2024, le sommet s'est ouvert. Aujourd'hui, il se termine.")).toEqual([
      ["Le jeudi 5 décembre 2024", "2024-12-05", "day"],
      ["Aujourd'hui", "2024-12-05", "day"],
    ]);
    // (a date still to come is no day of writing)
    expect(times("date 2024-12 Le jeudi 5 décembre, le texte a été présenté. Il sera examiné à partir du 16 décembre. Aujourd'hui, les députés en débattent.")).toEqual([
      ["Le jeudi 5 décembre", "2024-12-05", "day"],
      ["du 16 décembre", "2024-12-16", "day"],
      ["Aujourd'hui", "2024-12-05", "day"],
    ]);
  });

  it("resolves a season named with this, last or next to its year", () => {
    expect(times("date 2025-02-18 Fares will rise this summer, and the law passed last autumn will apply.")).toEqual([
      ["this summer", "2025", "year"],
      ["last autumn", "2024", "year"],
    ]);
    // in June the summer going on is not the last one; a winter is dated by its January
    expect(times("date 2024-06-10 L'été dernier, la sécheresse a frappé. L'hiver prochain sera rude.")).toEqual([
      ["L'été dernier", "2023", "year"],
      ["L'hiver prochain", "2025", "year"],
    ]);
  });

  it("resolves a quarter or a half of a year to the year after it, else to that of the latest one begun", () => {
    expect(times("date 2025-02-10 Sales rose in the third quarter of 2024 and fell in Q4. Growth slowed in the second half of 2023.")).toEqual([
      ["third quarter of 2024", "2024", "year"],
      ["in Q4", "2024", "year"],
      ["second half of 2023", "2023", "year"],
    ]);
    expect(times("date 2024-10-15 Le chiffre d'affaires a progressé au troisième trimestre 2024, après un premier semestre difficile.")).toEqual([
      ["au troisième trimestre 2024", "2024", "year"],
      ["premier semestre", "2024", "year"],
    ]);
  });

  it("reads no time in a match's second half or a game's third quarter", () => {
    expect(times("date 2025-02-10 Mbappé scored in the second half, and the Lakers led in the third quarter.")).toEqual([]);
  });

  it("gives a clause of a few words after a coordinator, with no verb, the tense of the clause before", () => {
    expect(times("date 2025-03-10 Le festival ouvrira samedi, puis une autre édition en juin.")).toEqual([
      ["samedi", "2025-03-15", "day"],
      ["en juin", "2025-06", "month"],
    ]);
    expect(times("date 2025-03-10 The tour will start in Leeds on Saturday, then in Bristol in June.")[1]).toEqual(["in June", "2025-06", "month"]);
    // (a coordinated clause with a verb of its own keeps its own tense)
    expect(times("date 2025-03-10 Il viendra en avril, et il était déjà venu en juin.")[1]).toEqual(["en juin", "2024-06", "month"]);
  });

  it("reads a weekday after a verb of scheduling in the present ('se réunissent vendredi', 'opens on Monday') as the coming one", () => {
    expect(times("date 2025-03-12 Les ministres européens se réunissent vendredi à Bruxelles.")).toEqual([["vendredi", "2025-03-14", "day"]]);
    expect(times("date 2025-03-12 The trial opens on Monday in Paris, prosecutors said.")).toEqual([["on Monday", "2025-03-17", "day"]]);
    // (the past keeps the last one)
    expect(times("date 2025-03-12 Les ministres se sont réunis vendredi à Bruxelles.")).toEqual([["vendredi", "2025-03-07", "day"]]);
  });

  it("reads two days of one month joined by 'et'/'and' as one expression, from its first day", () => {
    expect(times("date 2024-12-10 Le sommet se tiendra les 12 et 13 décembre à Bruxelles.")).toEqual([["12 et 13 décembre", "2024-12-12", "day"]]);
    expect(times("date 2024-12-10 The summit will be held on 12 and 13 December in Brussels.")).toEqual([["on 12 and 13 December", "2024-12-12", "day"]]);
    // (a count of people is no day)
    expect(times("date 2024-12-10 Entre 2 et 5 personnes ont été blessées le 3 décembre.")).toEqual([["le 3 décembre", "2024-12-03", "day"]]);
  });

  it("puts a day called for ('appelé à une grève le 12 juin', 'called for a strike on June 12') nearest the day of writing, before or after it", () => {
    expect(times("date 2025-06-02 La CGT a appelé à une journée de grève le 12 juin.")).toEqual([["le 12 juin", "2025-06-12", "day"]]);
    expect(times("date 2025-06-20 La CGT avait appelé à la grève le 12 juin.")).toEqual([["le 12 juin", "2025-06-12", "day"]]);
    expect(times("date 2025-12-20 The unions called for a national strike on January 10.")).toEqual([["on January 10", "2026-01-10", "day"]]);
  });

  it("pins a weekday on a dated event of the knowledge base the article is about", () => {
    expect(times("date 2023-02 ANKARA (Reuters) - A powerful earthquake struck southern Turkey and northern Syria on Monday.")).toEqual([
      ["on Monday", "2023-02-06", "day"],
    ]);
    expect(times("date 2024-11 Des combattants rebelles sont entrés vendredi dans Alep, la deuxième ville de Syrie.")).toEqual([
      ["vendredi", "2024-11-29", "day"],
    ]);
    // two dated events of the city fall on the two weekdays named: nothing pins them
    expect(times("date 2024-11 Rebels reached Aleppo on Friday and held most of it on Saturday.")).toEqual([
      ["on Friday", "2024-11", "month"],
      ["on Saturday", "2024-11", "month"],
    ]);
  });
});

describe("times: the future seen from the past", () => {
  it("reads a month under 'would' or a French conditional as the coming one", () => {
    expect(times("date 2025-03-10 The minister said the new rules would apply from May.")).toEqual([["from May", "2025-05", "month"]]);
    expect(times("date 2025-03-10 Le ministre a indiqué que les règles s'appliqueraient en mai.")).toEqual([["en mai", "2025-05", "month"]]);
    // (a past clause keeps the past one)
    expect(times("date 2025-03-10 The rules applied from May.")).toEqual([["from May", "2024-05", "month"]]);
  });
});

describe("times: a past clause is not told from a day to come", () => {
  it("anchors 'the previous night' in a past clause on the day of writing, not on a later date named before", () => {
    expect(times("date 2025-03-12 Talks are due to resume on Sept. 12. Fighting flared again the previous night.")).toEqual([
      ["on Sept. 12", "2025-09-12", "day"],
      ["the previous night", "2025-03-11", "day"],
    ]);
  });
});

describe("times: a date still to come pins no weekday", () => {
  it("leaves to the month a weekday told before a date to come ('a annoncé dimanche des élections le 30 juin')", () => {
    expect(times("date 2024-06 Le président a annoncé dimanche des élections anticipées, qui se tiendront le 30 juin.")).toEqual([
      ["dimanche", "2024-06", "month"],
      ["le 30 juin", "2024-06-30", "day"],
    ]);
  });
});

describe("times: a month's short name that is a number word", () => {
  it("reads 'sept' as the number, not September, unless a year follows it ('de sept ans', 'en sept jours'; 'sept. 2025')", () => {
    expect(times("date 2024-04 Une fillette de sept ans a été blessée en sept jours de combats.")).toEqual([]);
    expect(times("date 2024-04 La réunion aura lieu en sept. 2025.").map((t) => t[1])).toContain("2025-09");
  });
});

describe("times: a date that names a past happening", () => {
  it("pins no weekday of a month-dated story ('la grève du 3 mai', 'the May 3 fire', 'the fire of May 3')", () => {
    expect(times("date 2025-05 En réponse à la grève du 3 mai, la direction a fermé l'usine jeudi.")).toEqual([
      ["du 3 mai", "2025-05-03", "day"],
      ["jeudi", "2025-05", "month"],
    ]);
    expect(times("date 2025-05 After the May 3 fire, the mayor closed the market on Thursday.").map((t) => t[1])).toEqual(["2025-05-03", "2025-05"]);
    expect(times("date 2025-05 After the fire of May 3, the mayor closed the market on Thursday.").map((t) => t[1])).toEqual(["2025-05-03", "2025-05"]);
  });

  it("still pins them by a date the story runs from, and by a time's own noun ('le 3 mai', 'dans la nuit du 3 au 4 mai')", () => {
    expect(times("date 2025-05 Le 3 mai, les ouvriers ont cessé le travail. Jeudi, la direction a fermé l'usine.").map((t) => t[1])).toEqual(["2025-05-03", "2025-05-08"]);
    expect(times("date 2025-05 Dans la nuit du 3 au 4 mai, un incendie a éclaté. Jeudi, le maire a fermé le marché.").at(-1)).toEqual(["Jeudi", "2025-05-08", "day"]);
  });
});

describe("times: the tense of a date's own clause", () => {
  it("does not read a date inside a relative clause by the tense of the clause after its comma", () => {
    expect(times("date 2025-09-05 Mayor Ana Ruiz, who took office in January, said prices would fall.")).toEqual([["in January", "2025-01", "month"]]);
    expect(times("date 2025-03-10 Le 10 avril, le sommet se tiendra à Bruxelles.")).toEqual([["Le 10 avril", "2025-04-10", "day"]]);
  });
});

describe("times: a dateline gives the day of writing", () => {
  it("reads weekdays in a month-dated wire story from its dateline's day", () => {
    expect(times("date 2025-06 LISBON, June 12 - Dockers walked out on Tuesday, the union said.")).toEqual([
      ["June 12", "2025-06-12", "day"],
      ["on Tuesday", "2025-06-10", "day"],
    ]);
    expect(times("date 2025-06\nLYON, 12 juin (Reuters) - Les dockers ont cessé le travail mardi.")).toEqual([
      ["12 juin", "2025-06-12", "day"],
      ["mardi", "2025-06-10", "day"],
    ]);
  });

  it("reads a dateline whose city is written in small letters when its source stands in brackets ('Lyon, 12 juin 2025 (AFP) —')", () => {
    expect(times("date 2025-06\nLyon, 12 juin 2025 (AFP) — Les dockers ont cessé le travail mardi.")).toEqual([
      ["12 juin 2025", "2025-06-12", "day"],
      ["mardi", "2025-06-10", "day"],
    ]);
    // (no source in brackets: a dash in a sentence makes no dateline)
    expect(times("date 2025-06\nLe syndicat - qui a parlé mardi - refuse.").map((t) => t[1])).toEqual(["2025-06"]);
  });

  it("finds the dateline under a headline", () => {
    expect(times("date 2025-06\nDockers walk out in Lisbon\n\nLISBON, June 12 — Dockers walked out on Tuesday, the union said.")).toEqual([
      ["June 12", "2025-06-12", "day"],
      ["on Tuesday", "2025-06-10", "day"],
    ]);
  });

  it("does not take a date of the story's first sentence for a dateline", () => {
    expect(times("date 2025-06 On June 2, the talks opened. On Tuesday, they failed.")[1]).toEqual(["On Tuesday", "2025-06-03", "day"]);
  });
});

describe("times: a conditional in a subordinate clause", () => {
  it("keeps a weekday with its own past verb when a conditional follows after 'que', 'that', 'tant que'", () => {
    expect(times("date 2025-11-05 Le général a rejeté lundi toute trêve tant que les rebelles occuperaient des villes.")).toEqual([["lundi", "2025-11-03", "day"]]);
    expect(times("date 2025-11-05 Il a promis lundi qu'il viendrait.")).toEqual([["lundi", "2025-11-03", "day"]]);
    expect(times("date 2025-11-05 The minister said on Monday that talks would resume.")).toEqual([["on Monday", "2025-11-03", "day"]]);
    // (the clause's own future stays future)
    expect(times("date 2025-11-05 Le ministre a dit que le sommet aura lieu lundi.")).toEqual([["lundi", "2025-11-10", "day"]]);
  });
});

describe("times: the coming school year", () => {
  it("reads a month named with 'la rentrée' as the coming one", () => {
    expect(times("date 2025-06 Le conseil a voté la fermeture de deux écoles à la rentrée de septembre.")).toEqual([["septembre", "2025-09", "month"]]);
  });
});

describe("times: holidays and days called for", () => {
  it("reads a holiday as its day in the year nearest the writing day, in the tense's direction", () => {
    expect(times("date 2025-02-24 The leader hoped to reach a deal before Easter.")).toEqual([["before Easter", "2025-04-20", "day"]]);
    expect(times("date 2025-05-02 Les ventes ont chuté à Pâques.")).toEqual([["à Pâques", "2025-04-20", "day"]]);
    expect(times("date 2025-01-03 The attack happened on Christmas Day.")).toEqual([["on Christmas Day", "2024-12-25", "day"]]);
    expect(times("date 2026-03-02 Le lundi de Pentecôte sera travaillé.")).toEqual([["Le lundi de Pentecôte", "2026-05-25", "day"]]);
    // a holiday's name that is also a given name, before a capitalized word, is someone's
    expect(times("date 2024-12-20 Noël Le Graët a démissionné.")).toEqual([]);
  });

  it("reads a weekday in what is called for as the nearest such day, either side of the writing day", () => {
    expect(times("date 2025-03-14 Les syndicats appellent à un débrayage lundi devant l'usine.")).toEqual([["lundi", "2025-03-17", "day"]]);
    expect(times("date 2025-03-11 The unions called for a walkout on Friday.")).toEqual([["on Friday", "2025-03-14", "day"]]);
    // (the day of the call itself is told in the past)
    expect(times("date 2025-03-14 Les syndicats ont appelé lundi à la grève.")).toEqual([["lundi", "2025-03-10", "day"]]);
  });
});

describe("times: a day right after a verb of speech", () => {
  it("dates the saying, whatever tense the reported clause has", () => {
    expect(times("date 2025-04-14 The retailer said on Monday it would cut 200 jobs.")).toEqual([["on Monday", "2025-04-14", "day"]]);
    expect(times("date 2025-04-16 Le groupe a annoncé lundi qu'il fermera son usine.")).toEqual([["lundi", "2025-04-14", "day"]]);
    expect(times("date 2025-04-16 Le sommet se tiendra lundi à Paris.")).toEqual([["lundi", "2025-04-21", "day"]]);
  });
});

describe("times: a day asked for", () => {
  it("reads a date or a feast in what someone urges as the nearest one", () => {
    expect(times("date 2025-02-10 Ukraine urged its allies to deliver more air defence systems before Easter.")).toEqual([["before Easter", "2025-04-20", "day"]]);
    expect(times("date 2025-02-10 La Pologne a exhorté lundi ses alliés à livrer des munitions avant le 1er mars.")).toEqual([
      ["lundi", "2025-02-10", "day"],
      ["le 1er mars", "2025-03-01", "day"],
    ]);
  });
});

describe("times: a limit", () => {
  it("reads a date after 'jusqu'au', 'until' as the nearest one, either side of the day of writing", () => {
    expect(times("date 2024-12-10 Le gouvernement restera en place jusqu'au 1er mars.")).toEqual([["au 1er mars", "2025-03-01", "day"]]);
    expect(times("date 2025-04-10 He was held until March 3, his lawyer said.")).toEqual([["until March 3", "2025-03-03", "day"]]);
  });
});

describe("times: the day of writing's own weekday, 'overnight', 'as early as'", () => {
  it("reads the writing day's weekday in a future clause as that day, unless 'prochain', 'next'", () => {
    expect(times("date 2024-12-05 Michel Barnier doit remettre jeudi sa démission.")).toEqual([["jeudi", "2024-12-05", "day"]]);
    expect(times("date 2024-12-05 Le sommet se tiendra jeudi prochain.")).toEqual([["jeudi prochain", "2024-12-12", "day"]]);
    expect(times("date 2024-12-08 The first public mass will be held on Sunday.")).toEqual([["on Sunday", "2024-12-08", "day"]]);
  });

  it("reads 'overnight' as the night before the day of writing, and 'as early as Wednesday' ahead", () => {
    expect(times("date 2024-01-12 Warplanes struck targets across Yemen overnight.")).toEqual([["overnight", "2024-01-12", "day"]]);
    expect(times("date 2024-11-05 Workers could return to the factories as early as Wednesday, the company said.")).toEqual([["Wednesday", "2024-11-06", "day"]]);
  });
});

describe("times: a month-dated document's weekdays pinned by a change of office", () => {
  it("only where the text tells of an office won or lost ('la chute de Bachar al-Assad dimanche'), not by a term that ends that month unsaid", () => {
    expect(times("date 2024-12 La chute de Bachar al-Assad, dimanche, a surpris le monde.")).toEqual([["dimanche", "2024-12-08", "day"]]);
    expect(times("date 2024-12 Des milliers de personnes ont manifesté dimanche soir à Tbilissi. La présidente Salomé Zourabichvili a appelé au calme.")).toEqual([["dimanche soir", "2024-12", "month"]]);
  });
});

describe("times: a holiday's name that modifies a noun", () => {
  it("dates nothing ('the Christmas market', 'Magdeburg Christmas market', 'le marché de Noël'), a holiday still does ('avant Noël', 'on Christmas Eve')", () => {
    expect(times("date 2024-12-21 A car hit the Christmas market. The Magdeburg Christmas market was closed.")).toEqual([]);
    expect(times("date 2024-12-21 Le marché de Noël a été fermé.")).toEqual([]);
    expect(times("date 2024-12-21 Il partira avant Noël.")).toEqual([["avant Noël", "2024-12-25", "day"]]);
    expect(times("date 2024-12-21 They will meet on Christmas Eve.")).toEqual([["on Christmas Eve", "2024-12-24", "day"]]);
  });
});

describe("times: a day quoted as a title", () => {
  it("is no time (NBC's \"Today\" show); a named period in quotation marks still is (le « Printemps arabe »)", () => {
    expect(times("date 2024-07-20 Kurtz told NBC's \"Today\" show on Friday that it was fixed.").map((t) => t[0])).toEqual(["on Friday"]);
    expect(times("date 2024-07-20 Depuis le « Printemps arabe », la région a changé.").map((t) => t[0])).toEqual(["Printemps arabe"]);
  });
});
