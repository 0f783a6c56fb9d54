import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer, type Analyzer } from "../../analyze.js";

let vigie: Analyzer;
beforeAll(async () => {
  vigie = await createAnalyzer();
});

/** [kind, text, speaker's entity name or description] of each quote */
function quotes(text: string) {
  const r = vigie.analyzeText(text);
  const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name;
  return r.quotes.map((q) => [q.kind, q.text, name(q.speaker) ?? q.speakerText]);
}

describe("quotes: direct, after a colon with no verb of speech", () => {
  it("gives 'le groupe' to the company the report names when it names no armed group", () => {
    expect(quotes("date 2025-03-05 Le constructeur Vextra a signé mardi un accord à Lagos. La production démarrera en 2028, a précisé le groupe.").map((q) => q[2])).toEqual(["Vextra"]);
  });

  it("gives the quotation to the sentence's subject named first ('X thanked fans on Instagram: “…”')", () => {
    expect(quotes("date 2025-04-22 Dua Lipa, who starts a tour in Lisbon in June, thanked her fans online: \"You made this happen.\"")).toEqual([["direct", "You made this happen.", "Dua Lipa"]]);
  });
});

describe("quotes: direct", () => {
  it("reads French quotations with the cue after, inverted pronouns pointing back", () => {
    expect(quotes("date 2024-12 « Nous ne céderons pas », a déclaré Emmanuel Macron. « La France tiendra parole », a-t-il ajouté.")).toEqual([
      ["direct", "Nous ne céderons pas", "Emmanuel Macron"],
      ["direct", "La France tiendra parole", "Emmanuel Macron"],
    ]);
  });

  it("takes the speaker after any verb of speech, reflexive ones and a title with an elided article included", () => {
    expect(quotes("date 2024-05-02 « C’est une victoire historique pour le club », s’est félicité l’entraîneur Hugo Marchetti.")).toEqual([
      ["direct", "C’est une victoire historique pour le club", "Hugo Marchetti"],
    ]);
    // a name the knowledge does not know, recognized as the inverted subject of the verb of speech
    expect(quotes("date 2024-05-02 “This is only the beginning,” declared Jon Holden, the union’s president.")).toEqual([["direct", "This is only the beginning", "Jon Holden"]]);
  });

  it("points an inverted pronoun or 'selon elle' back to the person named before when no one has spoken yet", () => {
    expect(quotes("date 2024-05-02 Claire Vautrin s’est exprimée devant les députés. « Nous ne céderons pas », a-t-elle ajouté.")).toEqual([
      ["direct", "Nous ne céderons pas", "Claire Vautrin"],
    ]);
    expect(quotes("date 2024-05-02 Claire Vautrin a critiqué le budget. Selon elle, « le gouvernement a perdu le contrôle des comptes ».")).toEqual([
      ["partial", "le gouvernement a perdu le contrôle des comptes", "Claire Vautrin"],
    ]);
  });

  it("reads English quotations with the cue after or before", () => {
    expect(quotes("date 2024-07 “We will rebuild the country together,” Keir Starmer said. Rachel Reeves told reporters: “The numbers are worse than we thought.”")).toEqual([
      ["direct", "We will rebuild the country together", "Keir Starmer"],
      ["direct", "The numbers are worse than we thought.", "Rachel Reeves"],
    ]);
  });

  it("finds the verb past a clause after the name, and a pronoun's person named since the last quotation", () => {
    expect(
      quotes(
        "date 2024-03-11 “We never thought this would happen,” producer Maria Lopez, who accepted the prize alongside her brother, said on stage. Later Greta Gerwig won the next award. “I am speechless,” she said.",
      ),
    ).toEqual([
      ["direct", "We never thought this would happen", "Maria Lopez"],
      ["direct", "I am speechless", "Greta Gerwig"],
    ]);
  });

  it("takes no quoted name or title for speech, nor a speaker's own name for what was said", () => {
    expect(quotes("date 2024-12 Le groupe, dont le nom signifie « Front de libération du Sahel », a été fondé en 2017.")).toEqual([]);
    expect(quotes("date 2024-12 Le film « Les Feux de la rampe » sort mercredi en salles à Lyon.")).toEqual([]);
    expect(quotes("date 2024-12 Les rebelles disent être entrés dans la ville, ce que dément le ministre de la Défense.").map((q) => q[1])).not.toContain("le ministre de la Défense");
  });

  it("reads a trailing cue with titles before the name, and a source described in apposition", () => {
    expect(quotes("date 2024-12-06 The talks had failed because of the government, said Brazilian President Luiz Inácio Lula da Silva.")).toEqual([
      ["indirect", "The talks had failed because of the government", "Luiz Inácio Lula da Silva"],
    ]);
    expect(quotes("date 2024-12-08 The fall of the regime is a serious blow to Tehran, according to Amos Yadlin, a former head of military intelligence.")).toEqual([
      ["indirect", "The fall of the regime is a serious blow to Tehran", "Amos Yadlin"],
    ]);
  });

  it("reads the subject before an apposition when 'that' follows the verb", () => {
    expect(quotes("date 2025-03-02 Keir Starmer, the British prime minister, said on Sunday that the United Kingdom would send troops to Ukraine.")).toEqual([
      ["indirect", "the United Kingdom would send troops to Ukraine", "Keir Starmer"],
    ]);
  });

  it("takes no object of a verb for the speaker of the quotation after it", () => {
    expect(quotes("date 2025-03-04 Le ministre Jean-Noël Barrot a affirmé que la France soutiendrait l'Ukraine « aussi longtemps qu'il le faudra ».")).toEqual([
      ["indirect", "la France soutiendrait l'Ukraine « aussi longtemps qu'il le faudra »", "Jean-Noël Barrot"],
      ["partial", "aussi longtemps qu'il le faudra", "Jean-Noël Barrot"],
    ]);
  });

  it("reads a source named with its acronym in brackets", () => {
    expect(quotes("date 2024-12-08 Selon l'Observatoire syrien des droits de l'homme (OSDH), au moins 910 personnes ont été tuées depuis le début de l'offensive.")).toEqual([
      ["indirect", "au moins 910 personnes ont été tuées depuis le début de l'offensive", "Syrian Observatory for Human Rights"],
    ]);
  });

  it("lets no town or region speak", () => {
    const r = vigie.analyzeText("date 2024-08-26 In the Dnipropetrovsk region, a man was killed by shelling, while another death was reported in the southern Zaporizhzhia region of Ukraine.");
    expect(r.quotes.filter((q) => r.entities.find((e) => e.id === q.speaker)?.geo?.kind === "region")).toEqual([]);
  });

  it("gives a participle's speech to the country the sentence is about", () => {
    expect(quotes("date 2024-03-10 Aucun émissaire n'a été envoyé par Israël au Caire, affirmant qu'il attendait d'abord une liste des otages.")).toContainEqual([
      "indirect",
      "il attendait d'abord une liste des otages",
      "Israel",
    ]);
  });

  it("gives words quoted with no cue to the sentence's subject", () => {
    expect(quotes("date 2024-03-11 In his speech, Christopher Nolan praised his crew, “the finest people in the business.”")).toEqual([
      ["partial", "the finest people in the business.", "Christopher Nolan"],
    ]);
  });

  it("splits a quotation interrupted by its cue into two", () => {
    expect(quotes("date 2024-12 « Ils étaient sept, note le colonel Marchand. Quatre ont été arrêtés hier soir. »")).toEqual([
      ["direct", "Ils étaient sept", "Marchand"],
      ["direct", "Quatre ont été arrêtés hier soir.", "Marchand"],
    ]);
    expect(quotes("date 2024-12 « La paix est possible », a dit Antonio Guterres, « mais elle demande du courage. »")).toEqual([
      ["direct", "La paix est possible", "António Guterres"],
      ["direct", "mais elle demande du courage.", "António Guterres"],
    ]);
  });

  it("gives an unnamed speaker as a description", () => {
    expect(quotes("date 2024-12 « La ville est tombée », a indiqué une source militaire syrienne.")).toEqual([
      ["direct", "La ville est tombée", "une source militaire syrienne"],
    ]);
  });

  it("does not read a short direct quotation a second time as indirect speech (bug: straight quotes, comma inside)", () => {
    expect(quotes('date 2024-12 "We will rebuild," Ahmed al-Sharaa said in Damascus.')).toEqual([["direct", "We will rebuild", "Ahmed al-Sharaa"]]);
  });
});

describe("quotes: partial and indirect", () => {
  it("reads what a speaker urges, calls for or accuses someone of as reported speech", () => {
    expect(quotes("date 2024-05-02 Angela Merkel urged European leaders to stay united on migration.")).toEqual([["indirect", "European leaders to stay united on migration", "Angela Merkel"]]);
    expect(quotes("date 2024-05-02 The opposition leader accused the government of hiding the true cost of the project.")).toEqual([
      ["indirect", "hiding the true cost of the project", "The opposition leader"],
    ]);
    expect(quotes("date 2024-05-02 Le maire a exhorté les habitants à rester chez eux pendant la tempête.")).toEqual([["indirect", "les habitants à rester chez eux pendant la tempête", "Le maire"]]);
  });

  it("attributes to an institution described by its kind: an office, a company, a prefecture", () => {
    expect(quotes("date 2024-05-02 Exports fell by 3% in April, the statistics office said.")).toEqual([["indirect", "Exports fell by 3% in April", "the statistics office"]]);
    expect(quotes("date 2024-05-02 The company said in a statement that it would cut 2,000 jobs worldwide.")).toEqual([["indirect", "it would cut 2,000 jobs worldwide", "The company"]]);
    expect(quotes("date 2024-05-02 La circulation sera rétablie dans la soirée, a indiqué la préfecture.")).toEqual([["indirect", "La circulation sera rétablie dans la soirée", "la préfecture"]]);
  });

  it("reads a few quoted words in the author's sentence as a partial quote", () => {
    // the announcement itself is reported speech too: its object is what was said
    expect(quotes("date 2024-12 Le ministre a annoncé une décision « historique » prise à Bruxelles.")).toEqual([
      ["indirect", "une décision « historique » prise à Bruxelles", "Le ministre"],
      ["partial", "historique", "Le ministre"],
    ]);
  });

  it("reads indirect speech after que, selon and according to, and before an inverted cue", () => {
    expect(quotes("date 2024-12 Le président iranien a assuré que Téhéran soutiendrait Damas jusqu'au bout.")).toEqual([
      ["indirect", "Téhéran soutiendrait Damas jusqu'au bout", "Masoud Pezeshkian"],
    ]);
    expect(quotes("date 2024-12 Selon l'Observatoire syrien des droits de l'homme, 320 combattants ont été tués.")).toEqual([
      ["indirect", "320 combattants ont été tués", "Syrian Observatory for Human Rights"],
    ]);
    expect(quotes("date 2024-12 The city fell after three days of fighting, according to Reuters.")).toEqual([
      ["indirect", "The city fell after three days of fighting", "Reuters"],
    ]);
    expect(quotes("date 2024-12 Les rebelles ont pris le contrôle de la ville, a affirmé Rami Abdel Rahman.")).toEqual([
      ["indirect", "Les rebelles ont pris le contrôle de la ville", "Rami Abdel Rahman"],
    ]);
  });

  it("reads an English clause reported without that", () => {
    expect(quotes("date 2024-12 The army said it was redeploying outside the city.")).toEqual([
      ["indirect", "it was redeploying outside the city", "The army"],
    ]);
  });
});

describe("quotes: the grammar around the cue", () => {
  it("takes a clause straight after the verb when the subject stands in apposition, words quoted within the content kept", () => {
    expect(quotes("date 2025-01-10 Shares of Lumex fell after its chief executive, Dana Whitfield, said battery prices were set to rise.")).toEqual([
      ["indirect", "battery prices were set to rise", "Dana Whitfield"],
    ]);
    expect(quotes("date 2025-01-10 Le maire, Julien Ferrand, a estimé que la commune devait « accélérer » sur les pistes cyclables.")).toEqual([
      ["indirect", "la commune devait « accélérer » sur les pistes cyclables", "Julien Ferrand"],
      ["partial", "accélérer", "Julien Ferrand"],
    ]);
    // a comma after the quoted words closes the content
    expect(quotes("date 2025-01-10 Le syndicaliste Marc Olier a affirmé que la grève durerait « aussi longtemps qu'il le faudra », en référence au conflit de 2023.")[0]).toEqual([
      "indirect",
      "la grève durerait « aussi longtemps qu'il le faudra »",
      "Marc Olier",
    ]);
  });

  it("reads a denial followed by a participle, and takes no subject in apposition for the content", () => {
    expect(quotes("date 2025-01-10 Keir Starmer denied having discussed the matter with the ambassador.")).toEqual([
      ["indirect", "having discussed the matter with the ambassador", "Keir Starmer"],
    ]);
    expect(quotes("date 2025-01-10 Le directeur de l'usine, Paul Verdier, juge « absurde » cette taxe.")).toEqual([["partial", "absurde", "Paul Verdier"]]);
  });

  it("reads what is asked of a named party after the link that follows it, and what is promised or threatened", () => {
    expect(quotes("date 2025-01-10 Le ministre Jean Dufour a demandé à Israël de cesser les frappes.")).toEqual([["indirect", "cesser les frappes", "Jean Dufour"]]);
    expect(quotes("date 2025-01-10 Emmanuel Macron a exhorté les dirigeants européens à rester unis.")).toEqual([["indirect", "les dirigeants européens à rester unis", "Emmanuel Macron"]]);
    expect(quotes("date 2025-01-10 Anne Hidalgo a promis de rouvrir la piscine avant l'été.")).toEqual([["indirect", "rouvrir la piscine avant l'été", "Anne Hidalgo"]]);
    expect(quotes("date 2025-01-10 Rachel Reeves vowed to cut taxes next year.")).toEqual([["indirect", "cut taxes next year", "Rachel Reeves"]]);
    expect(quotes("date 2025-01-10 La menace de Vladimir Poutine inquiète les capitales européennes.")).toEqual([]);
  });

  it("keeps the subject in apposition as the speaker when an object stands before 'that', and names the source after a title", () => {
    expect(quotes("date 2025-01-22 The museum's director, Laura Benet, warned the culture minister Paul Arnaud that the rooms were in disrepair.")).toEqual([
      ["indirect", "the rooms were in disrepair", "Laura Benet"],
    ]);
    expect(quotes("date 2025-03-18 Les habitants réclament une nouvelle école, selon l'adjointe au maire Agnès Thouvenot.")).toEqual([
      ["indirect", "Les habitants réclament une nouvelle école", "Agnès Thouvenot"],
    ]);
  });

  it("gives a gendered pronoun to the nearest person whose given name does not say the other gender", () => {
    expect(quotes("date 2025-01-10 Kamala Harris met Donald Trump on Monday. She said the talks were useful.")).toEqual([["indirect", "the talks were useful", "Kamala Harris"]]);
    expect(quotes("date 2025-01-10 Ursula von der Leyen a rencontré Emmanuel Macron. Selon elle, l'Europe doit accélérer son aide.")).toEqual([
      ["indirect", "l'Europe doit accélérer son aide", "Ursula von der Leyen"],
    ]);
  });

  it("does not take a report opened in the next sentence for a quotation's cue", () => {
    expect(quotes('date 2025-01-10 "We are not going anywhere," Zelensky said. "Ukraine will stand." He added that talks were premature.')).toContainEqual([
      "indirect",
      "talks were premature",
      "Volodymyr Zelenskyy",
    ]);
  });

  it("gives the quotation to the person before an apposition that ends on their organization", () => {
    expect(quotes("date 2025-01-10 Anna Berg, the deputy head of the Vellmore Institute, said that at least 40 people had been killed.")).toEqual([
      ["indirect", "at least 40 people had been killed", "Anna Berg"],
    ]);
  });

  it("passes over a relative clause between the subject and the verb", () => {
    expect(quotes("date 2025-01-10 A senior official, who asked not to be named, said talks would resume.")).toEqual([["indirect", "talks would resume", "A senior official"]]);
    expect(quotes("date 2025-01-10 Le ministre, qui s'exprimait sous couvert d'anonymat, a affirmé que le plan était prêt.")).toEqual([["indirect", "le plan était prêt", "Le ministre"]]);
    expect(quotes("date 2025-01-10 Keir Starmer, who met Emmanuel Macron on Monday, said that talks would resume.")).toEqual([["indirect", "talks would resume", "Keir Starmer"]]);
  });

  it("lets a seat of government speak, passes over a platform named after the verb, and takes a short quotation with its cue as direct", () => {
    expect(quotes("date 2025-01-10 The White House said in a statement that the president would veto the bill.")).toEqual([
      ["indirect", "the president would veto the bill", "White House"],
    ]);
    expect(quotes("date 2025-01-10 Dans un communiqué, l'Élysée a indiqué que le président se rendrait à Kyiv.")).toEqual([
      ["indirect", "le président se rendrait à Kyiv", "Élysée Palace"],
    ]);
    expect(quotes("date 2025-01-10 « C'est inacceptable », a réagi sur X le député Paul Vernet.")).toEqual([["direct", "C'est inacceptable", "Paul Vernet"]]);
    expect(quotes("date 2025-01-10 « Jamais », a répondu Anne Morel.")).toEqual([["direct", "Jamais", "Anne Morel"]]);
    expect(quotes('date 2025-01-10 "No," Keir Starmer replied.')).toEqual([["direct", "No", "Keir Starmer"]]);
  });

  it("lets a body of a named state speak for it", () => {
    // (a body of a kind the knowledge names is that body: the foreign ministry)
    expect(quotes("date 2025-01-10 The talks will resume next week, Iran's foreign ministry said on Monday.")).toEqual([
      ["indirect", "The talks will resume next week", "Ministry of Foreign Affairs (Iran)"],
    ]);
    expect(quotes("date 2025-01-10 The talks will resume next week, Iran's negotiating team said on Monday.")).toEqual([["indirect", "The talks will resume next week", "Iran"]]);
  });

  it("gives a quotation to the person named in apposition after a description", () => {
    expect(quotes('date 2025-01-10 "We will rebuild," the mayor of Valencia, Ana Robles, told reporters on Tuesday.')).toEqual([["direct", "We will rebuild", "Ana Robles"]]);
  });
});

describe("quotes: a description pointing back to an organization", () => {
  it("gives 'the ministry', 'le programme' to the last organization named whose name holds that noun", () => {
    expect(quotes("date 2025-03-14 The Ministry of Health published a new toll. The ministry said 52 people had been killed.")).toEqual([["indirect", "52 people had been killed", "Ministry of Health"]]);
    expect(quotes("date 2025-03-14 Le ministère de la Santé a publié un bilan. Selon le ministère, 52 personnes ont été tuées.")).toEqual([["indirect", "52 personnes ont été tuées", "ministère de la Santé"]]);
    expect(quotes("date 2025-03-14 Le Programme alimentaire mondial a lancé un appel. Le programme a estimé que la famine menace.")).toEqual([["indirect", "la famine menace", "World Food Programme"]]);
    // members speak for their body: "the judges" for the court named before
    expect(quotes('date 2024-11-21 The International Criminal Court issued warrants. The judges found “reasonable grounds” to act.')).toEqual([["partial", "reasonable grounds", "International Criminal Court"]]);
    expect(quotes("date 2024-11-21 L'Assemblée nationale a voté le texte. Selon les députés, la réforme entrera en vigueur en mars.")).toEqual([["indirect", "la réforme entrera en vigueur en mars", "National Assembly (France)"]]);
    // (none named before: the description itself)
    expect(quotes("date 2025-03-14 Le programme a estimé que la famine menace le pays.")).toEqual([["indirect", "la famine menace le pays", "Le programme"]]);
  });
});

describe("quotes: the subject of the verb of speech", () => {
  it("gives a verb coordinated with an earlier one the sentence's subject, never the content's first name", () => {
    expect(quotes('date 2025-02-11 Polish Prime Minister Donald Tusk called the remarks "a wake-up call" and said Poland would spend more on defence.')).toEqual([
      ["partial", "a wake-up call", "Donald Tusk"],
      ["indirect", "Poland would spend more on defence", "Donald Tusk"],
    ]);
    expect(quotes("date 2025-02-11 Olaf Scholz said he shared the concern but insisted that NATO remained the cornerstone of security.")).toContainEqual(["indirect", "NATO remained the cornerstone of security", "Olaf Scholz"]);
    expect(quotes("date 2025-02-11 Le Premier ministre Jean Castex a reçu les syndicats et a assuré que la réforme serait retirée.")).toEqual([["indirect", "la réforme serait retirée", "Jean Castex"]]);
  });

  it("leaves a report to its own verb when 'according to' closes the sentence, and reads no dateline as a subject", () => {
    const r = quotes("date 2025-02-11 Donald Tusk said Poland would spend more on defence, according to a statement from his office.");
    expect(r).toEqual([["indirect", "Poland would spend more on defence", "Donald Tusk"]]);
    expect(quotes("date 2025-02-11 PARIS (Reuters) - Emmanuel Macron urged leaders to act, warning that Europe could not wait.")).toContainEqual(["indirect", "Europe could not wait", "Emmanuel Macron"]);
  });
});

describe("quotes: what a participle or a closing cue reports", () => {
  it("reads the clause after a participle of speech, not the one before it", () => {
    expect(quotes("date 2024-11-20 Israel has rejected the court's authority, claiming it has no jurisdiction over its leaders.")).toEqual([["indirect", "it has no jurisdiction over its leaders", "Israel"]]);
    expect(quotes("date 2024-11-20 The results come weeks after Donald Trump won the election, promising tariffs on imports.")).toEqual([]);
  });

  it("leaves a clause with a report of its own to that report when a cue closes the sentence", () => {
    expect(quotes("date 2024-11-20 Meanwhile, rival AMD announced it would cut 4% of its workforce, a spokesperson told CNBC.")).toEqual([["indirect", "it would cut 4% of its workforce", "AMD"]]);
    // (a clause with a verb of opinion and no report of its own is still the closing cue's)
    expect(quotes("date 2024-11-20 L'Iran considère la Syrie comme un allié essentiel, a déclaré Mohammad Bagher Ghalibaf.")).toEqual([["indirect", "L'Iran considère la Syrie comme un allié essentiel", "Mohammad Bagher Ghalibaf"]]);
  });

  it("reads no inverted cue after a comma that a report begun before carries its content to ('Quito said …, recalled its ambassador')", () => {
    const found = quotes("date 2025-02 Quito said three soldiers were wounded, recalled its ambassador from Lima and closed the border.");
    expect(found.map((q) => q[2])).toEqual(["Quito"]);
    // (with no report before it, the verb after the comma is still the cue of what precedes it)
    expect(quotes("date 2025-02 Three soldiers were wounded, said the army.")).toEqual([["indirect", "Three soldiers were wounded", "the army"]]);
  });
});

describe("quotes: a source described, then named", () => {
  it("gives a report to the name that closes the source's phrase after 'selon' or 'according to'", () => {
    expect(quotes("date 2025-03-10 Selon le quotidien La Voix du Nord, plus de 5 000 billets ont été vendus.")).toEqual([["indirect", "plus de 5 000 billets ont été vendus", "La Voix du Nord"]]);
    expect(quotes("date 2025-03-10 According to the rights group Amnesty International, at least 40 people were detained.")).toEqual([["indirect", "at least 40 people were detained", "Amnesty International"]]);
    expect(quotes("date 2025-03-10 Selon l'ONG Human Rights Watch, 40 personnes ont été arrêtées.")).toEqual([["indirect", "40 personnes ont été arrêtées", "Human Rights Watch"]]);
    // (a place after a preposition closes no apposition: the source is the statement)
    expect(quotes("date 2025-03-10 Selon un communiqué publié à Bruxelles, l'aide sera doublée.")).toEqual([["indirect", "l'aide sera doublée", "un communiqué"]]);
  });

  it("reads a description after the verb as the subject that closes the sentence, a time after it aside", () => {
    expect(quotes("date 2025-03-10 Le festival accueillera 50 artistes en juillet, a annoncé son directeur lundi.")).toEqual([["indirect", "Le festival accueillera 50 artistes en juillet", "son directeur"]]);
    expect(quotes("date 2025-03-10 The festival will host 50 artists in July, its director announced on Monday.")).toEqual([["indirect", "The festival will host 50 artists in July", "its director"]]);
    // (the object of the same verb without a comma before it is what was announced)
    expect(quotes("date 2025-03-10 Le groupe a annoncé la fermeture de son usine.")).toEqual([["indirect", "la fermeture de son usine", "Le groupe"]]);
  });
});

describe("quotes: a participle of speech after the content", () => {
  it("ends the content before a participle of speech, the speaker's own act, but not before another participle", () => {
    expect(quotes('date 2025-06-02 Beijing said it would respond to the new tariffs, calling the move "blackmail".')).toEqual([
      ["indirect", "it would respond to the new tariffs", "Beijing"],
      ["partial", "blackmail", "Beijing"],
    ]);
    expect(quotes("date 2025-06-02 Le gouvernement a affirmé que la réforme serait votée, en dénonçant une campagne de désinformation.")[0]).toEqual(["indirect", "la réforme serait votée", "Le gouvernement"]);
    expect(quotes("date 2025-06-02 The governor said Russia launched a drone attack overnight, killing four people.")[0]![1]).toBe("Russia launched a drone attack overnight, killing four people");
  });
});

describe("quotes: a source set between commas, an inverted subject after adjuncts", () => {
  it("reads the sentence around 'according to X' set between commas as X's report", () => {
    expect(quotes("date 2025-04-10 L'accord, selon une source diplomatique, pourrait être signé la semaine prochaine.")).toEqual([
      ["indirect", "L'accord, selon une source diplomatique, pourrait être signé la semaine prochaine", "une source diplomatique"],
    ]);
    expect(quotes("date 2025-04-10 The deal, according to a senior official, could be announced next week.")[0]?.[2]).toBe("a senior official");
  });

  it("finds the inverted subject past a time, a channel and a title ('a affirmé jeudi soir sur TF1 l'ancien Premier ministre X')", () => {
    expect(quotes("date 2025-04-10 « Je ne serai pas candidat », a affirmé jeudi soir sur TF1 l'ancien Premier ministre Édouard Philippe.")).toEqual([
      ["direct", "Je ne serai pas candidat", "Édouard Philippe"],
    ]);
  });
});

describe("quotes: a clause after a determiner, a described person before the verb", () => {
  it("reads 'said the X did …' as a report", () => {
    expect(quotes("date 2025-05-12 Dr. Sarah Chen, an epidemiologist at Johns Hopkins University, said the new variant did not appear to be more severe.")).toEqual([
      ["indirect", "the new variant did not appear to be more severe", "Sarah Chen"],
    ]);
    expect(quotes("date 2025-05-12 The minister said the government would not back down.")).toEqual([["indirect", "the government would not back down", "The minister"]]);
  });
});

describe("quotes: a dateline is no part of what is reported", () => {
  it("starts the content after 'CITY, date (Agency) -'", () => {
    expect(quotes("date 2025-04-02 BRUXELLES, 2 avril (Reuters) - L'Union européenne se prépare à riposter, a déclaré mercredi Ursula von der Leyen.")).toEqual([
      ["indirect", "L'Union européenne se prépare à riposter", "Ursula von der Leyen"],
    ]);
  });
});

describe("quotes: a country's force speaks for it", () => {
  it("reads 'Ukraine's air force said', 'l'aviation ukrainienne a indiqué' as the air force's report (a body that speaks)", () => {
    expect(quotes("date 2025-04-08 Ukraine's air force said it had shot down 60 of the 85 drones.")).toEqual([["indirect", "it had shot down 60 of the 85 drones", "Ukrainian Air Force"]]);
    expect(quotes("date 2025-04-08 L'aviation ukrainienne a indiqué avoir abattu 60 drones.")).toEqual([["indirect", "avoir abattu 60 drones", "Ukrainian Air Force"]]);
  });
});

describe("quotes: a title of one person points back", () => {
  it("gives a report by 'l'ancien Premier ministre', 'the prime minister' to the person named just before", () => {
    expect(quotes("date 2025-05-12 Dominique de Villepin a critiqué la politique du gouvernement. Selon l'ancien Premier ministre, la diplomatie française est affaiblie.")).toEqual([
      ["indirect", "la diplomatie française est affaiblie", "Dominique de Villepin"],
    ]);
    expect(quotes("date 2025-05-12 Keir Starmer met union leaders on Monday. The prime minister said the talks had been constructive.")).toEqual([["indirect", "the talks had been constructive", "Keir Starmer"]]);
    // (a spokesperson is someone else than the one named; nobody named nearby, the title stays a description)
    expect(quotes("date 2025-05-12 Le ministre Wang Yi se rendra à Munich, a indiqué le porte-parole.")[0]?.[2]).toBe("le porte-parole");
    expect(quotes("date 2025-05-12 Selon le ministre, tout va bien.")).toEqual([["indirect", "tout va bien", "le ministre"]]);
  });

  it("gives it to the subject of the sentence that named people last, or to the last speaker when a person spoke", () => {
    // (the winner, named first, not the rival named after him)
    expect(quotes("date 2025-04-14 La Belge Lotte Kopecky a devancé dimanche la Néerlandaise Lorena Wiebes à Roubaix. « J'ai tout donné », a déclaré la championne.")).toEqual([["direct", "J'ai tout donné", "Lotte Kopecky"]]);
    expect(quotes("date 2025-04-14 Wout van Aert beat Tom Pidcock in Flanders on Sunday. \"I had good legs,\" the champion said.")).toEqual([["direct", "I had good legs", "Wout van Aert"]]);
    expect(quotes("date 2025-06-09 L'Espagnol Pablo Serrat a battu dimanche l'Italien Marco Leoni. « Je suis épuisé », a reconnu le numéro deux mondial.")).toEqual([["direct", "Je suis épuisé", "Pablo Serrat"]]);
    expect(quotes("date 2025-06-23 Jalen Brooks scored 29 points on Sunday. \"It's a dream,\" the Canadian guard told reporters.")).toEqual([["direct", "It's a dream", "Jalen Brooks"]]);
    expect(quotes("date 2025-09-17 « Nous doublerons nos effectifs », a expliqué sa cofondatrice, Lise Marrot, aux Échos.")).toEqual([["direct", "Nous doublerons nos effectifs", "Lise Marrot"]]);
    // (a person who spoke last: "son directeur, Thierry Frémaux" is "le délégué général")
    const q = quotes("date 2024-09-10 L'actrice Isabelle Huppert recevra le prix, a annoncé mardi son directeur, Thierry Frémaux. « Elle est unique », a déclaré le délégué général.");
    expect(q.map((x) => x[2])).toEqual(["Thierry Frémaux", "Thierry Frémaux"]);
  });
});

describe("quotes: a clause of its own before the cue", () => {
  it("reports no clause that a comma and a link ('tandis que', 'while') separate from the verb's own", () => {
    expect(quotes("date 2025-04-08 La FNSEA a salué « un premier pas », tandis que la Confédération paysanne a dénoncé « des promesses creuses ».")).toEqual([
      ["partial", "un premier pas", "FNSEA"],
      ["partial", "des promesses creuses", "Confédération paysanne"],
    ]);
    expect(quotes("date 2025-04-08 The union welcomed the deal, while the employers said it went too far.")).toEqual([["indirect", "it went too far", "the employers"]]);
  });
});

describe("quotes: a place beside the subject", () => {
  it("passes over a place after a preposition before the verb to the subject it qualifies", () => {
    expect(quotes("date 2023-09-09 Le Centre national de géophysique (CNG) basé à Rabat a indiqué que la secousse était forte.")).toEqual([["indirect", "la secousse était forte", "Centre national de géophysique"]]);
    expect(quotes("date 2023-09-09 The World Health Organization in Geneva said the outbreak was contained.")).toEqual([["indirect", "the outbreak was contained", "World Health Organization"]]);
  });
});

describe("quotes: plural pronouns", () => {
  it("gives 'ils', 'they' to no single person: the group or body that spoke last, else to the unnamed group", () => {
    expect(quotes("date 2024-12-08 Le commandant Hassan Abdel Ghani a parlé à la presse. Les rebelles ont pris Hama. Ils affirment être entrés dans Homs.")).toEqual([
      ["indirect", "être entrés dans Homs", "Ils"],
    ]);
    expect(quotes("date 2024-12-08 Hamas said it had accepted the proposal. They said Israel had not answered.")).toEqual([
      ["indirect", "it had accepted the proposal", "Hamas"],
      ["indirect", "Israel had not answered", "Hamas"],
    ]);
  });
});

describe("quotes: over several paragraphs", () => {
  it("reads a quotation left open at a paragraph's end, the next paragraph opening with a mark, as its speaker's", () => {
    expect(quotes('date 2025-03-14 Keir Starmer said: "We will not accept this. Our allies know it.\n\n"We are ready to act," he added.')).toEqual([
      ["direct", "We will not accept this. Our allies know it", "Keir Starmer"],
      ["direct", "We are ready to act", "Keir Starmer"],
    ]);
    expect(quotes("date 2025-03-14 Emmanuel Macron a déclaré : « Nous ne reculerons pas. La France tiendra.\n\n« Nous serons au rendez-vous. »\n\nLe discours a duré une heure.")).toEqual([
      ["direct", "Nous ne reculerons pas. La France tiendra", "Emmanuel Macron"],
      ["direct", "Nous serons au rendez-vous.", "Emmanuel Macron"],
    ]);
  });

  it("leaves an unclosed mark unclosed when no quotation follows in the next paragraph", () => {
    expect(quotes("date 2025-03-14 Il a dit « non. Le conseil a voté.\n\nLes travaux commencent lundi.").every((q) => q[1]!.length < 20)).toBe(true);
  });
});

describe("quotes: robustness", () => {
  it("is not swallowed by an unbalanced quotation mark", () => {
    const r = vigie.analyzeText("date 2024-12 Il a dit « non. Le conseil a voté le budget. Les travaux commencent lundi.");
    expect(r.quotes.every((q) => q.text.length < 40)).toBe(true);
    expect(r.sentences).toHaveLength(3);
  });

  it("survives a document made of one giant quotation", () => {
    const body = Array.from({ length: 400 }, (_, i) => `Phrase numéro ${i} du discours.`).join(" ");
    const r = vigie.analyzeText(`date 2024-12 « ${body} », a déclaré le maire.`);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text.length).toBeGreaterThan(5000);
  });
});

describe("quotes: subjects the grammar gives", () => {
  it("points 'the company', 'la société' back to the organization named before, known or not", () => {
    expect(quotes("date 2025-05-04 Shares of Brightwell Foods fell 6%. The company said weaker demand and higher cocoa prices had squeezed margins.")).toEqual([
      ["indirect", "weaker demand and higher cocoa prices had squeezed margins", "Brightwell Foods"],
    ]);
    expect(quotes("date 2025-05-04 La société Veloria a supprimé 80 postes. L'entreprise a indiqué que les ventes avaient chuté de 12 %.")).toEqual([
      ["indirect", "les ventes avaient chuté de 12 %", "Veloria"],
    ]);
  });

  it("passes over a bracketed aside between a name and its verb", () => {
    expect(quotes("date 2025-05-04 Le sénateur Marc Dervieux (Les Républicains) a affirmé que le texte serait rejeté.")).toEqual([
      ["indirect", "le texte serait rejeté", "Marc Dervieux"],
    ]);
  });
});

describe("quotes: pronouns and possessives", () => {
  it("takes the person after an owner's possessive as the subject, and 'he' for a person only", () => {
    expect(quotes("date 2025-10-02 Iran's supreme leader Ali Khamenei rejected talks, calling them \"unwise\". Tehran will not yield, he said.")).toEqual([
      ["partial", "unwise", "Ali Khamenei"],
      ["indirect", "Tehran will not yield", "Ali Khamenei"],
    ]);
  });

  it("leaves the quotation itself to carry what was said when only its subject comes before it", () => {
    const said = quotes("date 2025-10-02 The envoy Maria Lund spoke on Monday. She stressed that the coalition “is holding firm, amid heavy pressure on every front, and will hold the line until the spring”.");
    expect(said.filter(([kind, text]) => kind === "indirect" && text === "the coalition")).toEqual([]);
    expect(said[0]!.slice(1)).toEqual(["is holding firm, amid heavy pressure on every front, and will hold the line until the spring", "Maria Lund"]);
  });
});

describe("quotes: appositions and coordinated subjects", () => {
  it("reads the rest of a relative clause after its subject and a verb of speech as the report, 'it' standing for the body named before it", () => {
    expect(quotes("date 2025-03-12 Shares of Orvia fell after the start-up Kelto released a chip that it says was designed in six months.")).toEqual([
      ["indirect", "was designed in six months", "Kelto"],
    ]);
    // (in commas, the report ends at the closing comma; an unnamed subject is described without the relative pronoun)
    expect(quotes("date 2025-03-12 The strikes, which officials said killed twelve people in the city, hit Kharkiv on Monday.")).toEqual([
      ["indirect", "killed twelve people in the city", "officials"],
    ]);
    expect(quotes("date 2025-03-12 The plan, which the minister Paul Verdier said would halve emissions by 2030, was adopted.")).toEqual([
      ["indirect", "would halve emissions by 2030", "Paul Verdier"],
    ]);
  });

  it("reads a relative clause with no pronoun the same way ('a move the World Bank warned could …')", () => {
    expect(quotes("date 2025-03-12 Ruritania cut its fuel subsidies, a move the World Bank warned could push millions into poverty.")).toEqual([
      ["indirect", "could push millions into poverty", "World Bank"],
    ]);
    // (a description for subject; and no report where the verb has a subject of its own after it)
    expect(quotes("date 2025-03-12 The army left the valley, a step the minister said would end the fighting.").map((q) => q[1])).toEqual(["would end the fighting"]);
    expect(quotes("date 2025-03-12 The board met, a sign the World Bank said the reform would go on.").map((q) => q[1])).toEqual(["the reform would go on"]);
  });

  it("takes no clause after a verb that takes an object when no finite verb follows ('warned the authorities about the man')", () => {
    expect(quotes("date 2025-03-12 Paul Verdier said he had warned the local authorities about the man.")).toEqual([
      ["indirect", "he had warned the local authorities about the man", "Paul Verdier"],
    ]);
    expect(quotes("date 2025-03-12 Paul Verdier warned the city would fall within days.")).toEqual([["indirect", "the city would fall within days", "Paul Verdier"]]);
  });

  it("reads an infinitive straight after a French verb of speech as what it reports, a time between passed over", () => {
    expect(quotes("date 2025-03-12 Le ministre Paul Verdier a dit mardi regretter la fermeture de l'usine.")).toEqual([["indirect", "regretter la fermeture de l'usine", "Paul Verdier"]]);
    // (a determiner of that form opens no report)
    expect(quotes("date 2025-03-12 Le maire Paul Verdier a déclaré notre commune sinistrée.")).toEqual([]);
  });

  it("gives the quotation to the person in apposition after a title and its complement, the link elided or not", () => {
    expect(quotes("date 2025-03-12 « Nous avons tenu bon », a déclaré l'entraîneur d'Auxerre, Christophe Pélissier.")).toEqual([
      ["direct", "Nous avons tenu bon", "Christophe Pélissier"],
    ]);
    expect(quotes("date 2025-03-12 « Nous avons tenu bon », a déclaré l'entraîneur de Brest, Éric Roy.")).toEqual([["direct", "Nous avons tenu bon", "Éric Roy"]]);
  });

  it("gives what several said together to each of them, in the order they are named", () => {
    expect(quotes("date 2025-11-03 La Norvège et l'Islande ont déclaré que la proposition était inacceptable.")).toEqual([
      ["indirect", "la proposition était inacceptable", "Norway"],
      ["indirect", "la proposition était inacceptable", "Iceland"],
    ]);
    expect(quotes("date 2025-11-03 But the neighbours, Chile and Peru, said they would not sign.")).toEqual([
      ["indirect", "they would not sign", "Chile"],
      ["indirect", "they would not sign", "Peru"],
    ]);
  });

  it("passes over an apposition opened by a participle and its adjunct, and a role after a name opening the sentence", () => {
    expect(quotes("date 2025-11-03 The committee, chaired by Elena Brandt, said the evidence was overwhelming.")).toEqual([["indirect", "the evidence was overwhelming", "The committee"]]);
    expect(quotes("date 2025-11-03 Le jury, présidé par Elena Brandt, a annoncé un palmarès très attendu.")).toEqual([["indirect", "un palmarès très attendu", "Le jury"]]);
    expect(quotes("date 2025-11-03 Marc Delorme, premier secrétaire du parti, a jugé les propositions « insuffisantes ».")).toEqual([["partial", "insuffisantes", "Marc Delorme"]]);
    // (a name alone in the apposition is the subject, not a name in the object after the verb)
    const said = quotes("date 2025-11-03 Pedro Sánchez spoke first. Former Spanish Prime Minister, Mariano Rajoy, described the charges against Sánchez as a “disgrace” for Spain.");
    expect(said.map(([, , speaker]) => speaker)).toEqual(["Mariano Rajoy", "Mariano Rajoy"]);
  });
});

describe("quotes: an unnamed source described before a time", () => {
  it("ends the description before the time and the word that qualifies it ('a court filing late on Sunday')", () => {
    expect(quotes("date 2024-07 The airline agreed to pay a fine, according to a court filing late on Sunday.")).toEqual([["indirect", "The airline agreed to pay a fine", "a court filing"]]);
    expect(quotes("date 2024-07 The airline agreed to pay a fine, according to a court filing on Sunday.")).toEqual([["indirect", "The airline agreed to pay a fine", "a court filing"]]);
  });
});

describe("quotes: a verb with an object of its own closes no report", () => {
  it("reads nothing before 'X declared a state of emergency', nor a participle after a preposition as a verb ('after repeated shelling')", () => {
    expect(quotes("date 2024-08 In the border region, Governor Jean Martin declared a state of emergency on Wednesday after repeated shelling.")).toEqual([]);
    // (a verb that takes whom it tells still closes one)
    expect(quotes("date 2024-08 Three soldiers were wounded, the lawyer told the court.")).toEqual([["indirect", "Three soldiers were wounded", "the lawyer"]]);
  });
});

describe("quotes: an organization described between commas", () => {
  it("reads 'X, a rights group, said …' as X's report", () => {
    expect(quotes("date 2024-03 Memorial, a rights group, said 80 people were detained.")).toEqual([["indirect", "80 people were detained", "Memorial"]]);
    expect(quotes("date 2024-03 L'ONG Memorial, une organisation de défense des droits, a affirmé que 80 personnes avaient été arrêtées.")).toEqual([["indirect", "80 personnes avaient été arrêtées", "Memorial"]]);
  });
});

describe("quotes: a source between commas before an adjunct, a person named after a possessive and a noun", () => {
  it("ends what 'according to X' reports at the source when an adjunct follows its comma ('…, according to the commission, in an election that …')", () => {
    expect(quotes("date 2024-03 The mayor won 60% of the vote, according to the electoral commission, in a city where turnout was low.")).toEqual([["indirect", "The mayor won 60% of the vote", "the electoral commission"]]);
    // (a predicate after the comma is still the content's: "The deal, according to X, could be announced")
    expect(quotes("date 2024-03 The deal, according to the ministry, could be announced on Monday.")).toEqual([["indirect", "The deal, according to the ministry, could be announced on Monday", "the ministry"]]);
  });

  it("gives the participle of a sentence opened by 'X's widow, NAME,' to NAME", () => {
    expect(quotes("date 2024-03 Navalny's widow, Yulia Navalnaya, joined the protest, saying she had voted.")).toEqual([["indirect", "she had voted", "Yulia Navalnaya"]]);
  });
});

describe("quotes: a description fronted before the subject", () => {
  it("reads no report in 'Tête de liste du X, NAME a réclamé …', and gives the participle after it to NAME", () => {
    expect(quotes("date 2024-06 Tête de liste du PS, Marc Delorme avait réclamé dans la soirée une dissolution, affirmant que les électeurs avaient parlé.")).toEqual([["indirect", "les électeurs avaient parlé", "Marc Delorme"]]);
    // (a clause with its verb is still reported: "Trois soldats ont été blessés, la préfecture a annoncé")
    expect(quotes("date 2024-06 Trois soldats ont été blessés, la préfecture a annoncé.")).toEqual([["indirect", "Trois soldats ont été blessés", "la préfecture"]]);
  });
});

describe("quotes: unnamed sources by their set phrase", () => {
  it("reads 'people familiar with the matter', 'une source proche du dossier' as the speaker", () => {
    expect(quotes("date 2025-06-20 Brightwell is preparing a listing in Singapore, people familiar with the matter said.")).toEqual([
      ["indirect", "Brightwell is preparing a listing in Singapore", "people familiar with the matter"],
    ]);
    expect(quotes("date 2025-06-20 Le groupe prépare une cotation à Singapour, selon une source proche du dossier.")).toEqual([
      ["indirect", "Le groupe prépare une cotation à Singapour", "une source proche du dossier"],
    ]);
  });
});

describe("quotes: a quotation after 'that' or right after the verb", () => {
  it("is direct, with the cue before it", () => {
    expect(quotes("date 2025-04-10 Ewa Marczak said that “Europe has no time to lose”.")).toEqual([["direct", "Europe has no time to lose", "Ewa Marczak"]]);
    expect(quotes("date 2025-04-10 Ewa Marczak backed the plan, telling reporters that \"Europe has no time to lose\".")).toEqual([["direct", "Europe has no time to lose", "Ewa Marczak"]]);
    expect(quotes("date 2025-04-10 Ewa Marczak backed the plan, saying \"Europe has no time to lose\".")).toEqual([["direct", "Europe has no time to lose", "Ewa Marczak"]]);
  });

  it("ends reported content before the coordinator of the next report", () => {
    expect(quotes("date 2025-04-10 Ewa Marczak called for a joint defence budget and warned that the threat was growing.")).toEqual([
      ["indirect", "a joint defence budget", "Ewa Marczak"],
      ["indirect", "the threat was growing", "Ewa Marczak"],
    ]);
  });

  it("names a ministry given with a demonym inside ('le ministère chinois du Commerce'), no person", () => {
    const r = vigie.analyzeText("date 2025-04-10 Le ministère chinois du Commerce a promis de « se battre jusqu'au bout ».");
    expect(r.entities.map((e) => [e.type, e.name])).toEqual([["organization", "Ministry of Commerce (China)"]]);
  });
});

describe("quotes: 'Pour X, …' opening a sentence", () => {
  it("attributes what follows the comma to the name, and only there", () => {
    expect(quotes("date 2025-09-20 Pour la CGT, plus d'un million de personnes ont défilé.")).toEqual([["indirect", "plus d'un million de personnes ont défilé", "General Confederation of Labour"]]);
    expect(quotes("date 2025-09-20 For Amnesty International, the deal was a missed opportunity.")).toEqual([["indirect", "the deal was a missed opportunity", "Amnesty International"]]);
    expect(quotes("date 2025-09-20 Pour la première fois, le syndicat a défilé seul.")).toEqual([]);
  });
});

describe("quotes: a pronoun points back to a sentence's subject before its object", () => {
  it("reads '-t-il' after 'Il a rencontré X' as the one who met, not X", () => {
    expect(
      quotes("date 2025-11-20 Le ministre Paul Verdier s'est rendu mardi à Kiev. Il a rencontré le président Volodymyr Zelensky.\n\n« La France restera aux côtés de l'Ukraine », a-t-il déclaré."),
    ).toEqual([["direct", "La France restera aux côtés de l'Ukraine", "Paul Verdier"]]);
    // (a sentence opening with a quotation has its subject with the cue after it)
    expect(quotes("date 2025-11-20 “We called Assad,” Recep Tayyip Erdogan said on Friday. “Unfortunately, we had no answer,” he said.").map(([, , who]) => who)).toEqual([
      "Recep Tayyip Erdoğan",
      "Recep Tayyip Erdoğan",
    ]);
  });
});

describe("quotes: bodies of a country, and 'told reporters' with no 'that'", () => {
  it("names the ministry of the country after 'of'/'du' as the speaker, the country as an entity of its own", () => {
    const r = vigie.analyzeText("date 2025-09-05 In a statement, the Foreign Ministry of Qatar said the attack was a flagrant violation of international law.");
    expect(r.entities.map((e) => e.name)).toEqual(["Ministry of Foreign Affairs (Qatar)", "Qatar"]);
    expect(quotes("date 2025-09-05 Le ministère des Affaires étrangères du Qatar a indiqué que l'attaque violait le droit international.")).toEqual([
      ["indirect", "l'attaque violait le droit international", "Ministry of Foreign Affairs (Qatar)"],
    ]);
  });

  it("reads the clause after 'told reporters' as what was said", () => {
    expect(quotes("date 2025-09-05 Mayor Ana Ruiz, who took office in January, told reporters the city would not cooperate.")).toEqual([
      ["indirect", "the city would not cooperate", "Ana Ruiz"],
    ]);
  });
});

describe("quotes: a document speaks for whoever issued it", () => {
  it("takes the issuer after 'a statement from', 'un communiqué du' as the speaker", () => {
    expect(quotes("date 2025-08-21 The talks were useful, according to a statement from the Kremlin.")).toEqual([["indirect", "The talks were useful", "Moscow Kremlin"]]);
    expect(quotes("date 2025-08-21 Les frappes ont visé des dépôts, selon un communiqué du ministère russe de la Défense.")).toEqual([
      ["indirect", "Les frappes ont visé des dépôts", "Ministry of Defence (Russia)"],
    ]);
    expect(quotes("date 2025-08-21 The leaders discussed trade, according to a statement from the Finnish presidency.")).toEqual([
      ["indirect", "The leaders discussed trade", "Presidency of Finland"],
    ]);
  });
});

describe("quotes: a second verb of speech sharing the first's subject", () => {
  it("ends the first report at it, and reports its own content for a capital speaking for its state", () => {
    expect(quotes("date 2025-02-18 Le gouvernement de Kinshasa a réclamé le retrait des troupes étrangères et accusé le Rwanda de soutenir les rebelles.")).toEqual([
      ["indirect", "le retrait des troupes étrangères", "Kinshasa"],
      ["indirect", "soutenir les rebelles", "Kinshasa"],
    ]);
  });
});

describe("quotes: the speaker of a quotation speaks for the participle after it", () => {
  it("reads 'adding that …' after “…,” X wrote as X's, and a title after a country as the person's", () => {
    expect(quotes("date 2025-10-08 \"This is a historic day,\" U.S. President Donald Trump wrote on Truth Social, adding that all hostages would be freed.")).toEqual([
      ["direct", "This is a historic day", "Donald Trump"],
      ["indirect", "all hostages would be freed", "Donald Trump"],
    ]);
  });
});

describe("quotes: French pronouns for bodies, and a person in apposition", () => {
  it("reads '-t-elle' with no woman named as the body opening the sentence, and the person after an organization's role", () => {
    expect(quotes("date 2025-10-08 La FNTP partage cet avis, a-t-elle indiqué dans un communiqué.")).toEqual([["indirect", "La FNTP partage cet avis", "FNTP"]]);
    expect(quotes("date 2025-10-08 Pour le patron du Medef, Patrick Martin, « la taxe serait une folie ».").map(([, , who]) => who)).toEqual(["Patrick Martin"]);
  });
});

describe("quotes: an excerpt cut inside a quotation", () => {
  it("keeps the quotation that opens the last paragraph, with the speaker of the one before", () => {
    expect(quotes("date 2024-11-07 “We will keep fighting,” Maria Lund said.\n\n“Over the 107 days of this campaign, we have been building community and")).toEqual([
      ["direct", "We will keep fighting", "Maria Lund"],
      ["direct", "Over the 107 days of this campaign, we have been building community and", "Maria Lund"],
    ]);
  });
});

describe("quotes: verbs of speech from lemmas", () => {
  it("knows the regular forms of verbs listed as lemmas in both languages", () => {
    expect(quotes("date 2025-03-14 Paul Martin a présenté le plan.\n\n« Nous devons réduire nos coûts », a justifié le dirigeant devant les analystes.")).toEqual([
      ["direct", "Nous devons réduire nos coûts", "Paul Martin"],
    ]);
    expect(quotes("date 2025-03-14 Jean Petit a rétorqué que le plan était illégal.")).toEqual([["indirect", "le plan était illégal", "Jean Petit"]]);
    expect(quotes("date 2025-03-14 Mary Cole lamented that the plan was unfair.")).toEqual([["indirect", "the plan was unfair", "Mary Cole"]]);
  });
});

describe("quotes: the subject after a verb of speech", () => {
  it("takes a name after a possessive title as the speaker, with an adjunct closing the sentence", () => {
    expect(quotes("date 2025-03-14 Le groupe va supprimer 1 200 postes en Europe, a annoncé jeudi son directeur général, Paul Martin, lors de la présentation des résultats.")).toEqual([
      ["indirect", "Le groupe va supprimer 1 200 postes en Europe", "Paul Martin"],
    ]);
  });

  it("takes the person in apposition to a title's complement", () => {
    expect(quotes("date 2025-03-14 The plant will close next year, said the chief of Renault, Paul Martin.")).toEqual([["indirect", "The plant will close next year", "Paul Martin"]]);
  });

  it("does not take a name inside the object's complement for the subject", () => {
    const found = quotes("date 2025-03-14 The protesters, mostly young people, demanded the resignation of President William Ruto.");
    expect(found.some((q) => q[2] === "William Ruto")).toBe(false);
  });
});

describe("quotes: descriptions and reflexive verbs", () => {
  it("points 'the charity' back to the last NGO named", () => {
    expect(quotes("date 2025-05-14 Oxfam warned that millions faced hunger. The charity called for an immediate ceasefire.")).toEqual([
      ["indirect", "millions faced hunger", "Oxfam"],
      ["indirect", "an immediate ceasefire", "Oxfam"],
    ]);
  });

  it("points 'le syndicat', 'the union' back to the last union named", () => {
    expect(quotes("date 2025-05-14 Le Premier ministre a reçu la CFDT mardi. Le syndicat a estimé que la réforme restait injuste.").map(([, , who]) => who)).toEqual(["French Democratic Confederation of Labour"]);
    expect(quotes("date 2025-05-14 The minister met the TUC on Monday. The union said the offer was too low.").map(([, , who]) => who)).toEqual(["Trades Union Congress"]);
  });

  it("reads a reflexive verb in the present after a quotation, the name in apposition to the title", () => {
    expect(quotes("date 2025-05-14 « C'est un moment historique », se félicite la présidente de la région, Carole Delga.")).toEqual([["direct", "C'est un moment historique", "Carole Delga"]]);
  });

  it("keeps a player's description as the speaker when no name is given", () => {
    expect(quotes('date 2025-05-14 The striker, who joined in January, said he was pleased with the result.')).toEqual([["indirect", "he was pleased with the result", "The striker"]]);
  });
});

describe("quotes: an army that speaks before the text names it", () => {
  it("takes 'the army' for the army the text names next when none was named before", () => {
    expect(quotes('date 2025-05-14 "We repelled the attack," the army said in a statement. Later, the Israeli army sent reinforcements to the north.')[0]).toEqual([
      "direct",
      "We repelled the attack",
      "Israel Defense Forces",
    ]);
  });
});

describe("quotes: quoted words inside reported content", () => {
  it("gives them the speaker of the content, not the sentence's first name", () => {
    const found = quotes('date 2025-07-09 The spokesman Yahya Saree spoke on television, saying the ship belonged to a company that "broke the ban on the ports".');
    expect(found.filter((q) => q[0] === "partial")).toEqual([["partial", "broke the ban on the ports", "Yahya Saree"]]);
  });
});

describe("quotes: a subject named in quotation marks", () => {
  it("takes the quoted name before the verb as the speaker", () => {
    expect(quotes("date 2025-06 Le collectif « Touche pas à mon école » a annoncé un recours devant le tribunal administratif de Grenoble.")).toEqual([
      ["indirect", "un recours devant le tribunal administratif de Grenoble", "Touche pas à mon école"],
    ]);
  });
});

describe("quotes: claims of an act, and a titled person after an organization", () => {
  it("reads no speech in 'claimed the attack', 'a revendiqué l'attentat'", () => {
    expect(quotes("date 2025-07-09 The group claimed the attack in a televised speech.")).toEqual([]);
    expect(quotes("date 2025-07-09 Le groupe a revendiqué l'attentat dans un communiqué.")).toEqual([]);
  });

  it("gives a participle's report to the person after an organization and a title ('Renault chief executive Paul Martin')", () => {
    expect(quotes("date 2025-07-09 Renault chief executive Paul Martin defended the plan, saying it was necessary.")).toEqual([["indirect", "it was necessary", "Paul Martin"]]);
  });
});

describe("quotes: a verb of speech inside a name", () => {
  it("reads no report at 'States' in 'the Economic Community of West African States'", () => {
    expect(quotes("date 2025-05-13 Burkina Faso, Mali and Niger, all ruled by the military, left the Economic Community of West African States in January.")).toEqual([]);
  });
});

describe("quotes: an adjunct after the inverted speaker", () => {
  it("keeps '…, a indiqué X, deux jours après …' and '…, X said, three days after …' reports", () => {
    expect(quotes("date 2024-12-10 Des avions ont frappé plus de cent sites en Syrie, a indiqué l'Observatoire syrien des droits de l'homme (OSDH), deux jours après la chute du gouvernement.")).toEqual([
      ["indirect", "Des avions ont frappé plus de cent sites en Syrie", "Syrian Observatory for Human Rights"],
    ]);
    expect(quotes("date 2024-12-10 Jets struck more than 100 sites in Syria, the Syrian Observatory for Human Rights said, three days after the capital fell.")).toEqual([
      ["indirect", "Jets struck more than 100 sites in Syria", "Syrian Observatory for Human Rights"],
    ]);
  });
});

describe("quotes: a title after a prefix", () => {
  it("takes the person after 'ORG co-leader' as the subject of a coordinated verb of speech", () => {
    expect(quotes("date 2025-02-24 Greens co-leader Marta Lind said her party would vote no and accused the government of ignoring farmers.").at(-1)).toEqual(["indirect", "ignoring farmers", "Marta Lind"]);
  });
});

describe("quotes: words put on something by a verb of naming", () => {
  it("gives them to the verb's subject, and reads no report into the clause before", () => {
    expect(quotes('date 2024-12-13 The strikes went on overnight, in what President Volodymyr Zelensky called "a cowardly attack on our cities".')).toEqual([
      ["partial", "a cowardly attack on our cities", "Volodymyr Zelenskyy"],
    ]);
    expect(quotes("date 2024-12-13 Les combats ont repris dans le nord, ce que l'ONU a qualifié de « catastrophe humanitaire »." )).toEqual([
      ["partial", "catastrophe humanitaire", "United Nations"],
    ]);
  });
});

describe("quotes: the attribution after the content, and what follows it", () => {
  it("ends on an adjunct after the verb's object, or after a comma", () => {
    expect(quotes("date 2024-10-01 The vote will take place on October 27, Ishiba told reporters at his official residence.")).toEqual([
      ["indirect", "The vote will take place on October 27", "Shigeru Ishiba"],
    ]);
    expect(quotes("date 2024-12-13 Drones hit the port of Odesa overnight, Ukrainian officials said on Friday, in a statement that gave no toll.")).toEqual([
      ["indirect", "Drones hit the port of Odesa overnight", "Ukrainian officials"],
    ]);
    expect(quotes("date 2024-12-13 Le scrutin aura lieu le 27 octobre, a indiqué Shigeru Ishiba aux journalistes dans sa résidence officielle.")).toEqual([
      ["indirect", "Le scrutin aura lieu le 27 octobre", "Shigeru Ishiba"],
    ]);
  });

  it("still reads a clause that opens with a preposition and has its verb", () => {
    expect(quotes("date 2024-12-13 The governor told reporters at least 20 people were killed.")).toEqual([["indirect", "at least 20 people were killed", "The governor"]]);
  });
});

describe("quotes: a spokesperson of a body named before the noun", () => {
  it("speaks for the body; another member is described", () => {
    expect(quotes("date 2024-12-13 A State Department spokesman said talks would resume in Doha.")).toEqual([["indirect", "talks would resume in Doha", "United States Department of State"]]);
    expect(quotes("date 2024-12-13 The Polish army command said its jets had been scrambled.")).toEqual([["indirect", "its jets had been scrambled", "The Polish army command"]]);
  });
});

describe("quotes: descriptions of the speaker", () => {
  it("gives a participle's apposition to the description before it, and 'the company' to the one the text is about", () => {
    expect(quotes('date 2025-01-21 Stellantis said on Tuesday it would cut jobs. The carmaker, formed in 2021 from the merger of Fiat Chrysler and France\'s PSA, blamed "challenging market conditions". Its sales fell 15% last year, the company said.')).toEqual([
      ["indirect", "it would cut jobs", "Stellantis"],
      ["partial", "challenging market conditions", "Stellantis"],
      ["indirect", "Its sales fell 15% last year", "Stellantis"],
    ]);
  });

  it("reads a body of a country named in the description as that country's, no other's", () => {
    expect(quotes("date 2024-12-13 Russia's Defence Ministry said it struck Ukraine. Poland scrambled fighter jets, the Polish army command said.")).toEqual([
      ["indirect", "it struck Ukraine", "Ministry of Defence (Russia)"],
      ["indirect", "Poland scrambled fighter jets", "the Polish army command"],
    ]);
  });

  it("points a title back to the person named, and reads what is promised as reported", () => {
    expect(quotes("date 2024-09-10 Thierry Frémaux a parlé mardi. « Elle incarne une liberté absolue », a déclaré le délégué général.")).toEqual([["direct", "Elle incarne une liberté absolue", "Thierry Frémaux"]]);
    expect(quotes("date 2024-12-03 Le ministre Israël Katz a promis une riposte « ferme » au Hezbollah.").slice(0, 1)).toEqual([["indirect", "une riposte « ferme » au Hezbollah", "Israel Katz"]]);
  });
});

describe("quotes: a relative clause's speaker", () => {
  it("is the name before the relative pronoun", () => {
    expect(quotes("date 2024-10-01 The party is led by Yoshihiko Noda, who accused Ishiba of lying about the debate.")).toEqual([["indirect", "lying about the debate", "Yoshihiko Noda"]]);
    expect(quotes("date 2024-10-01 Le texte a été rejeté par Najib Mikati, qui a affirmé que l'accord était violé.")).toEqual([["indirect", "l'accord était violé", "Najib Mikati"]]);
  });
});

describe("quotes: a few more shapes of the report", () => {
  it("reads 'warned that' as a clause, not an object and its link", () => {
    expect(quotes('date 2024-11-27 Benjamin Netanyahu warned that Israel would "respond forcefully" to any violation.')).toEqual([
      ["indirect", 'Israel would "respond forcefully" to any violation', "Benjamin Netanyahu"],
      ["partial", "respond forcefully", "Benjamin Netanyahu"],
    ]);
  });

  it("ends a content before a verb of saying coordinated after it", () => {
    expect(quotes("date 2024-08-05 General Waker-Uz-Zaman announced her resignation in a televised address and said the military would form an interim government.")).toEqual([
      ["indirect", "her resignation in a televised address", "Waker-Uz-Zaman"],
      ["indirect", "the military would form an interim government", "Waker-Uz-Zaman"],
    ]);
  });

  it("ends a content before a verb of the speaker's own act coordinated after it with an object, not before a participle of the content's passive", () => {
    expect(quotes("date 2025-06-18 The mayor, Anne Lenoir, said 12 shops had been looted and condemned what she called a night of shame.")[0]).toEqual(["indirect", "12 shops had been looted", "Anne Lenoir"]);
    expect(quotes("date 2025-06-18 The minister, Paul Okafor, said the vote had been rigged and called for a recount.")[0]).toEqual(["indirect", "the vote had been rigged", "Paul Okafor"]);
    expect(quotes("date 2025-06-18 The spokesman, Ivan Petrov, said the suspect had been arrested and condemned to death in absentia.")[0]).toEqual([
      "indirect",
      "the suspect had been arrested and condemned to death in absentia",
      "Ivan Petrov",
    ]);
  });

  it("ends a content before the subject of the next report coordinated after it, and gives words quoted after a tribute to who pays it", () => {
    expect(quotes("date 2024-10-22 Toledo denied the charges and his lawyer, Roberto Su, said he would appeal the ruling.")).toEqual([["indirect", "he would appeal the ruling", "Roberto Su"]]);
    const q = quotes("date 2025-02-18 Le président Emmanuel Macron a salué « un serviteur de la musique », tandis que la ministre de la Culture, Rachida Dati, a rendu hommage à « un pédagogue infatigable ».");
    expect(q.find((x) => x[1] === "un pédagogue infatigable")?.[2]).toBe("Rachida Dati");
  });

  it("gives a report to the person in apposition after a title and its complement with an article ('la présidente de la Commission européenne, Ursula von der Leyen')", () => {
    expect(quotes("date 2024-10-31 L'Union européenne a proposé son aide, a indiqué la présidente de la Commission européenne, Ursula von der Leyen.")).toEqual([
      ["indirect", "L'Union européenne a proposé son aide", "Ursula von der Leyen"],
    ]);
  });

  it("reads a bare plural of speakers without an s as a source ('local media reported')", () => {
    expect(quotes("date 2025-06-26 In Mombasa, crowds blocked roads and burned tyres, local media reported.")).toEqual([["indirect", "In Mombasa, crowds blocked roads and burned tyres", "local media"]]);
  });

  it("reads what an appeal asks for as a bare noun with words after it, or after 'au', not a time or a gerund", () => {
    expect(quotes("date 2025-06-26 Antonio Guterres called for restraint on all sides.")).toEqual([["indirect", "restraint on all sides", "António Guterres"]]);
    expect(quotes("date 2025-06-26 Bola Tinubu a appelé au dialogue avec les militaires.")).toEqual([["indirect", "dialogue avec les militaires", "Bola Tinubu"]]);
    expect(quotes("date 2025-06-26 The minister urged leaving the city before the storm.")).toEqual([]);
    expect(quotes("date 2025-06-26 La maire a appelé jeudi la population au calme et à la prudence.").map((q) => q[1])).not.toContainEqual(expect.stringMatching(/^jeudi/));
    // (an announcement's bare object is no appeal)
    expect(quotes("date 2025-06-26 The results came after Donald Trump won the election, announcing tariffs on imports.")).toEqual([]);
  });

  it("gives words a verb of naming puts on its object to the verb's subject", () => {
    expect(quotes('date 2024-11-27 Lebanon\'s caretaker prime minister, Najib Mikati, called the truce "a fundamental step towards restoring calm".')).toEqual([
      ["partial", "a fundamental step towards restoring calm", "Najib Mikati"],
    ]);
  });

  it("points no masculine pronoun back to a feminine description", () => {
    const q = quotes("date 2024-12-10 Mohammed al-Bachir dirigera le gouvernement, a annoncé la télévision publique. « Il est temps de rebâtir le pays », a-t-il déclaré.");
    expect(q[1]).toEqual(["direct", "Il est temps de rebâtir le pays", "Mohammed al-Bashir"]);
  });
});

describe("quotes: speakers described by a noun and a participle", () => {
  it("reads 'Students leading the movement demanded that …' as the students' report", () => {
    expect(quotes("date 2024-08-05 Students leading the movement demanded that Muhammad Yunus head the interim government.")).toEqual([
      ["indirect", "Muhammad Yunus head the interim government", "Students leading the movement"],
    ]);
    expect(quotes("date 2024-08-05 Residents living near the plant said the smoke had cleared.")).toEqual([["indirect", "the smoke had cleared", "Residents living near the plant"]]);
  });
});

describe("quotes: a pronoun after a sentence opening on an adjunct", () => {
  it("points to the subject after the adjunct's comma, not to a name inside the adjunct", () => {
    const q = quotes("date 2024-12-10 Deux jours après la chute de Bachar al-Assad, les autorités ont désigné Mohammed al-Bachir. « Il est temps de rebâtir le pays », a-t-il déclaré.");
    expect(q).toContainEqual(["direct", "Il est temps de rebâtir le pays", "Mohammed al-Bashir"]);
  });
});

describe("quotes: a body's noun", () => {
  it("points to no minister: 'the ministry said' after a minister named is the ministry's description", () => {
    expect(quotes("date 2025-01-20 South Korean Finance Minister Choi Sang-mok met his Japanese counterpart in Seoul. The ministry said both sides agreed to cooperate.")).toEqual([
      ["indirect", "both sides agreed to cooperate", "The ministry"],
    ]);
  });
});

describe("quotes: a clause after 'said' shown by a verb in the past tense", () => {
  it("reads 'said the title meant a lot' and 'said the strike killed 20' as reports, not 'said the United Nations'", () => {
    expect(quotes("date 2024-09-09 Fritz said the title meant a lot to him.")).toEqual([["indirect", "the title meant a lot to him", "Fritz"]]);
    expect(quotes("date 2024-09-09 The minister said the strike killed 20 people.")).toEqual([["indirect", "the strike killed 20 people", "The minister"]]);
    expect(quotes("date 2024-09-09 The minister thanked the United Nations.")).toEqual([]);
  });
});

describe("quotes: a long description of the person opening the sentence", () => {
  it("passes over 'Fritz, the first American man in a Grand Slam final since Andy Roddick in 2009, said'", () => {
    expect(quotes("date 2024-09-09 Sinner beat Taylor Fritz. Fritz, the first American man in a Grand Slam final since Andy Roddick in 2009, said he had no regrets.")).toEqual([
      ["indirect", "he had no regrets", "Taylor Fritz"],
    ]);
    expect(quotes("date 2024-09-09 Anna Dupont, la première femme élue à la tête de la fédération depuis sa création en 1920, a déclaré qu'elle resterait à son poste.")).toEqual([
      ["indirect", "elle resterait à son poste", "Anna Dupont"],
    ]);
  });
});

describe("quotes: a title opening the sentence with the name in commas after it", () => {
  it("gives 'Le ministre …, Marc Ferracci, s'est dit … et a exigé que' to the minister, not to a person named before", () => {
    const q = quotes("date 2024-11-05 Le président du groupe, Florent Menegaux, a parlé à la presse. Le ministre délégué à l'Industrie, Marc Ferracci, s'est dit inquiet et a exigé que l'entreprise rende des comptes.");
    expect(q).toContainEqual(["indirect", "l'entreprise rende des comptes", "Marc Ferracci"]);
  });
});

describe("quotes: verbs of judging", () => {
  it("reports no words for what is condemned or hailed ('a condamné une occupation', 'hailed the outcome as a step')", () => {
    expect(quotes("date 2024-12-11 Le Qatar a condamné une occupation de territoire syrien, et l'Égypte a dénoncé une violation de la souveraineté syrienne.")).toEqual([]);
    expect(quotes("date 2024-11-24 President Joe Biden hailed the outcome as an important step.")).toEqual([]);
  });
});

describe("quotes: a participle's report after a main clause with an unnamed subject", () => {
  it("gives 'saying …' and 'affirmant que …' to the description opening the sentence, without an adverb before its verb", () => {
    expect(quotes("date 2024-11-24 A group of small island states briefly walked out of a meeting, saying their views had been ignored.")).toEqual([
      ["indirect", "their views had been ignored", "A group of small island states"],
    ]);
    expect(quotes("date 2024-11-24 Des agriculteurs ont bloqué l'autoroute, affirmant que leurs revendications étaient ignorées.")).toEqual([
      ["indirect", "leurs revendications étaient ignorées", "Des agriculteurs"],
    ]);
  });
});

describe("quotes: quoted words after the link of a verb of control", () => {
  it("are a partial quotation, not the start of a reported clause cut in the middle", () => {
    expect(quotes("date 2025-11-04 L'armée a accusé les paramilitaires de « crimes de guerre » contre la population.")).toEqual([["partial", "crimes de guerre", "L'armée"]]);
  });
});

describe("quotes: a relative clause after one word of content", () => {
  it("ends the content before a clause of its own ('à démissionner, ce que l'Élysée a exclu')", () => {
    expect(quotes("date 2024-12-05 Jean-Luc Mélenchon a appelé Emmanuel Macron à démissionner, ce que l'Élysée a aussitôt exclu.")).toEqual([["indirect", "Emmanuel Macron à démissionner", "Jean-Luc Mélenchon"]]);
  });
});

describe("quotes: a place after a preposition before the verb", () => {
  it("is never the speaker: 'Officials in Kyiv said', 'Economists in London warned' are the officials' and the economists'", () => {
    expect(quotes("date 2025-03-12 Officials in Kyiv said the strike killed five people.")).toEqual([["indirect", "the strike killed five people", "Officials"]]);
    expect(quotes("date 2025-03-12 Economists in London warned that prices would rise sharply.")).toEqual([["indirect", "prices would rise sharply", "Economists"]]);
  });
});

describe("quotes: verbs of fear and hope in every form", () => {
  it("reports what is feared or hoped ('Officials fear that', 'Les secouristes craignent que', 'Le maire redoute que'), not a noun of fear", () => {
    expect(quotes("date 2023-09-09 Officials fear that the toll will rise.")).toEqual([["indirect", "the toll will rise", "Officials"]]);
    expect(quotes("date 2023-09-09 Le maire redoute que la crue ne reprenne.")).toEqual([["indirect", "la crue ne reprenne", "Le maire"]]);
    expect(quotes("date 2023-09-09 There is fear that the toll will rise.")).toEqual([]);
  });
});

describe("quotes: a source inserted before a clause of its own, and a person's age", () => {
  it("reports only what precedes 'according to X' when a break word follows it", () => {
    expect(quotes("date 2025-02-23 Friedrich Merz's conservatives won the election on Sunday, according to exit polls, while the far-right AfD came second.")).toEqual([
      ["indirect", "Friedrich Merz's conservatives won the election on Sunday", "exit polls"],
    ]);
  });

  it("passes over an age in commas after the name ('Merz, 69, said')", () => {
    expect(quotes("date 2025-02-23 Friedrich Merz won. Merz, 69, said he would move quickly to form a government.")).toEqual([["indirect", "he would move quickly to form a government", "Friedrich Merz"]]);
  });
});

describe("quotes: a relative clause between a control verb's object and its link", () => {
  it("is passed over ('appelé les États-Unis et la France, qui parrainent l'accord, à faire pression')", () => {
    expect(quotes("date 2025-01-21 Najib Mikati a appelé les États-Unis et la France, qui parrainent l'accord, à faire pression sur Israël.")).toEqual([["indirect", "les États-Unis et la France, qui parrainent l'accord, à faire pression sur Israël", "Najib Mikati"]]);
  });
});

describe("quotes: a long name after the content, with its acronym in brackets", () => {
  it("reads '…, the British military's United Kingdom Maritime Trade Operations (UKMTO) said' as the body's report", () => {
    const q = quotes("date 2025-07-09 The vessel was hit by drones near the port of Hodeidah, the British military's United Kingdom Maritime Trade Operations (UKMTO) said.");
    expect(q).toEqual([["indirect", "The vessel was hit by drones near the port of Hodeidah", "United Kingdom Maritime Trade Operations"]]);
  });
});

describe("quotes: an attribution closing the sentence after a report", () => {
  it("ends the report's content and gives the content to the speaker the report names ('Li said …, Xinhua news agency reported')", () => {
    expect(quotes("date 2025-08-21 Li Qiang said China was ready to deepen cooperation with Finland, Xinhua news agency reported.")).toEqual([["indirect", "China was ready to deepen cooperation with Finland", "Li Qiang"]]);
  });
});

describe("quotes: an adjunct in commas between the verb and 'that'", () => {
  it("is passed over ('said in Beijing, during a meeting with Pedro Sánchez, that …')", () => {
    expect(quotes("date 2025-04-11 Chinese President Xi Jinping said in Beijing, during a meeting with Spanish Prime Minister Pedro Sánchez, that there were no winners in a trade war.")).toEqual([
      ["indirect", "there were no winners in a trade war", "Xi Jinping"],
    ]);
  });
});

describe("quotes: a description between commas after a titled name", () => {
  it("is no reported content ('La présidente X, en conflit ouvert avec le parti au pouvoir, a appelé …')", () => {
    const found = quotes("date 2024-12-01 La présidente Salomé Zourabichvili, en conflit ouvert avec le parti au pouvoir, a appelé les forces de l'ordre à « cesser la répression ».");
    expect(found.filter((q) => q[0] === "indirect")).toEqual([]);
  });
});

describe("quotes: a description by age opening the sentence", () => {
  it("stands for the last person named ('The 22-year-old from Toulouse … and said', 'Le Toulousain de 22 ans … et a affirmé')", () => {
    expect(quotes("date 2024-08-02 Léon Marchand won the race on Friday. The 22-year-old from Toulouse finished ahead of Britain's Duncan Scott, and said he could barely hear himself think.")).toContainEqual(["indirect", "he could barely hear himself think", "Léon Marchand"]);
    expect(quotes("date 2024-08-02 Léon Marchand a gagné vendredi. Le Toulousain de 22 ans a devancé Duncan Scott et a affirmé qu'il était épuisé.")).toContainEqual(["indirect", "il était épuisé", "Léon Marchand"]);
  });
});

describe("quotes: straight quotation marks before every cue", () => {
  it("reads no description by age past the words before the verb (a bug: its reading ran past them)", () => {
    expect(() => quotes(`date 2024-08-02 ${'"he said '.repeat(40)}`)).not.toThrow();
  });
});

describe("quotes: members of a body named by their count", () => {
  it("speak for the body ('The eight justices ruled unanimously that …' after the Constitutional Court)", () => {
    expect(quotes("date 2025-04-04 South Korea's Constitutional Court on Friday upheld the impeachment of President Yoon Suk Yeol. The eight justices ruled unanimously that Yoon had violated his duty.")).toContainEqual(["indirect", "Yoon had violated his duty", "Constitutional Court of South Korea"]);
  });
});

describe("quotes: a representative", () => {
  it("is an unnamed speaker after the verb ('a déclaré un représentant du syndicat', 'said a union representative'), not the next person named", () => {
    expect(quotes("date 2025-06-16 « Nous ne pouvons plus travailler », a déclaré un représentant du syndicat. La ministre Rachida Dati a réagi.")[0]).toEqual(["direct", "Nous ne pouvons plus travailler", "un représentant"]);
    expect(quotes("date 2025-06-16 \"We cannot work like this,\" said a union representative. Culture minister Rachida Dati promised talks.")[0]).toEqual(["direct", "We cannot work like this", "a union representative"]);
  });
});

describe("quotes: an aside after the verb", () => {
  it("stands between it and what it reports ('said for its part that', 'a affirmé pour sa part que')", () => {
    expect(quotes("date 2025-02-16 Rwanda said for its part that it was protecting its border.")).toEqual([["indirect", "it was protecting its border", "Rwanda"]]);
    expect(quotes("date 2025-02-16 Le Rwanda a affirmé de son côté qu'il protégeait sa frontière.")).toEqual([["indirect", "il protégeait sa frontière", "Rwanda"]]);
  });
});

describe("quotes: a role phrase that names its holder", () => {
  it("speaks for the holder, not for the place or body inside it ('Le porte-parole du Kremlin a déclaré', 'The mayor of Paris said')", () => {
    expect(quotes("date 2024-12-02 Le porte-parole du Kremlin a déclaré que les discussions étaient utiles.").map((q) => q[2])).toEqual(["Dmitry Peskov"]);
    expect(quotes("date 2024-08-12 The mayor of Paris said the Games had been a success.").map((q) => q[2])).toEqual(["Anne Hidalgo"]);
  });
});

describe("quotes: an inverted subject after an adjunct", () => {
  it("passes over an adjunct that names no one ('a déclaré à la tribune le président du groupe, Boris Vallaud')", () => {
    expect(quotes("date 2024-12-05 « Ce n'est pas par plaisir », a déclaré à la tribune le président du groupe socialiste, Boris Vallaud.").map((q) => q[2])).toEqual(["Boris Vallaud"]);
  });
  it("never takes the subject of the next sentence", () => {
    expect(quotes("date 2024-12-05 « Ce n'est pas par plaisir », a déclaré le président du groupe. Marine Le Pen a justifié le vote.").map((q) => q[2])).not.toContain("Marine Le Pen");
  });
});

describe("quotes: a verb with what it asks for after it", () => {
  it("closes no report before it ('…, Damas promet de riposter'), while '…, a affirmé Damas' does", () => {
    expect(quotes("date 2024-12-03 Les rebelles sont aux portes de Hama, Damas promet de riposter.")).toEqual([]);
    expect(quotes("date 2024-12-03 Les rebelles sont aux portes de Hama, a affirmé Damas.").map((q) => q[2])).toEqual(["Damascus"]);
  });
});

describe("quotes: a person in apposition after an organization's title", () => {
  it("is the subject a participle reports for ('The United Nations special envoy for Syria, Geir Pedersen, …, calling them \"very worrying\"')", () => {
    expect(quotes('date 2024-12-10 The United Nations special envoy for Syria, Geir Pedersen, urged Israel to halt its strikes, calling them "very worrying".').filter((q) => q[0] === "partial").map((q) => q[2])).toEqual(["Geir Pedersen"]);
  });
});

describe("quotes: 'faire état de'", () => {
  it("reports its object, a count too ('L'ONG a fait état de 602 morts')", () => {
    expect(quotes("date 2024-12-03 L'OSDH a fait état de 602 morts depuis le début de l'offensive.")).toEqual([["indirect", "602 morts depuis le début de l'offensive", "Syrian Observatory for Human Rights"]]);
  });
});

describe("quotes: a noun phrase in apposition after a closing cue", () => {
  it("leaves the report before the cue ('…, the monitor said, the first time the city has fallen since 2016')", () => {
    expect(quotes("date 2024-12-01 Rebels took most of Aleppo on Saturday, the Syrian Observatory for Human Rights said, the first time the city has slipped from government hands since 2016.")).toEqual([["indirect", "Rebels took most of Aleppo on Saturday", "Syrian Observatory for Human Rights"]]);
  });
});

describe("quotes: the subject past a relative clause in commas", () => {
  it("speaks the words a verb of naming quotes ('Olaf Scholz, who visited … with Nancy Faeser, called …', '…, qui recevait …, a qualifié …')", () => {
    expect(quotes('date 2024-12-21 Chancellor Olaf Scholz, who visited the site on Saturday with Interior Minister Nancy Faeser, called the attack "terrible, insane".')).toContainEqual(["partial", "terrible, insane", "Olaf Scholz"]);
    expect(quotes("date 2024-12-21 Le président Emmanuel Macron, qui recevait mardi le Premier ministre Michel Barnier, a qualifié la situation de « très grave ».")).toContainEqual(["partial", "très grave", "Emmanuel Macron"]);
  });
});

describe("quotes: a participle of speech after the attribution", () => {
  it("leaves the clause before the verb to the verb, and reports its own ('…, the interior ministry said on Tuesday, adding that …', '…, a indiqué la chaîne, ajoutant que …')", () => {
    expect(quotes("date 2024-12-03 Riot police dispersed protesters in the capital, the interior ministry said on Tuesday, adding that 224 people had been detained.")).toEqual([
      ["indirect", "Riot police dispersed protesters in the capital", "the interior ministry"],
      ["indirect", "224 people had been detained", "the interior ministry"],
    ]);
    expect(quotes("date 2024-12-03 Les frappes ont visé Tyr et Saïda, a indiqué la chaîne, ajoutant que l'un des raids avait touché une station-service.")).toEqual([
      ["indirect", "Les frappes ont visé Tyr et Saïda", "la chaîne"],
      ["indirect", "l'un des raids avait touché une station-service", "la chaîne"],
    ]);
  });
});

describe("quotes: an inverted subject the knowledge does not know", () => {
  it("is the source of what comes before, past a relative clause ('…, dont une dizaine …, a indiqué la Protection civile locale')", () => {
    expect(quotes("date 2024-12-14 Des frappes ont tué 30 personnes samedi, dont une dizaine dans une école, a indiqué la Protection civile locale.")).toEqual([
      ["indirect", "Des frappes ont tué 30 personnes samedi, dont une dizaine dans une école", "la Protection civile locale"],
    ]);
  });
  it("is not an object that ends the sentence ('Le ministre des Transports, Philippe Tabarot, a appelé les syndicats à reprendre le dialogue')", () => {
    expect(quotes("date 2024-12-14 Le ministre des Transports, Philippe Tabarot, a appelé les syndicats à reprendre le dialogue.")).toEqual([["indirect", "les syndicats à reprendre le dialogue", "Philippe Tabarot"]]);
    expect(quotes("date 2024-12-14 Le maire de la commune, Gérard Fayolle, a demandé un rendez-vous au préfet de l'Isère.")).toEqual([]);
  });
});

describe("quotes: a source named in apposition at the end of its sentence", () => {
  it("is the person named ('…, selon le maire de la ville, Vitali Klitschko.', '…, according to the city's mayor, Vitali Klitschko.')", () => {
    expect(quotes("date 2024-12-20 Une personne a été tuée, selon le maire de la ville, Vitali Klitschko.")).toEqual([["indirect", "Une personne a été tuée", "Vitali Klitschko"]]);
    expect(quotes("date 2024-12-20 One person was killed, according to the city's mayor, Vitali Klitschko.")).toEqual([["indirect", "One person was killed", "Vitali Klitschko"]]);
  });
  it("is a person even when the knowledge does not know the name ('selon le chef de l'administration militaire, Serguiï Popko')", () => {
    expect(quotes("date 2024-12-20 Il a été tué, selon le chef de l'administration militaire de la capitale, Serguiï Popko.")).toEqual([["indirect", "Il a été tué", "Serguiï Popko"]]);
  });
});

describe("quotes: an aside or an adverb between the auxiliary and the verb", () => {
  it("is passed over ('a de nouveau appelé', 'a également affirmé', 'has again urged')", () => {
    expect(quotes("date 2024-12-20 Zelensky a de nouveau appelé les alliés à livrer des armes.")).toEqual([["indirect", "les alliés à livrer des armes", "Volodymyr Zelenskyy"]]);
    expect(quotes("date 2024-12-20 The minister has again urged allies to send weapons.")).toEqual([["indirect", "allies to send weapons", "The minister"]]);
  });
});

describe("quotes: honorifics, objects of a plea, participles after an unnamed subject, inverted bodies", () => {
  it("passes over an honorific's period before the speaker ('a dénoncé M. Georgescu', 'said Mr. Georgescu')", () => {
    expect(quotes("date 2024-12-07 « C'est un coup d'État », a dénoncé M. Georgescu dans une vidéo.")).toEqual([["direct", "C'est un coup d'État", "Georgescu"]]);
  });
  it("reads what one pleads for ('a plaidé pour une transition inclusive')", () => {
    expect(quotes("date 2024-12-16 Geir Pedersen a plaidé pour une transition inclusive et la levée des sanctions.")).toEqual([["indirect", "une transition inclusive et la levée des sanctions", "Geir Pedersen"]]);
  });
  it("gives a participle's report to people opening the sentence before any name ('Opposition lawmakers on Wednesday submitted …, saying …')", () => {
    expect(quotes("date 2024-12-04 Opposition lawmakers on Wednesday submitted a motion to impeach Yoon, saying he had violated the constitution.")).toEqual([["indirect", "he had violated the constitution", "Opposition lawmakers"]]);
    // (not the subject of a passive, whose agent speaks)
    expect(quotes("date 2024-12-04 Aucune délégation n'a été envoyée par Israël au Caire, affirmant qu'il voulait d'abord une liste des otages.")).toEqual([["indirect", "il voulait d'abord une liste des otages", "Israel"]]);
  });
  it("reads an inverted description of a body named before, before an adjunct ('…, a annoncé le constructeur automobile, en raison de …')", () => {
    expect(quotes("date 2024-12-02 Stellantis a perdu. Carlos Tavares a démissionné dimanche, a annoncé le constructeur automobile, en raison de divergences de vues.")).toEqual([["indirect", "Carlos Tavares a démissionné dimanche", "Stellantis"]]);
  });
  it("reads no report before a verb right after a comma with no subject after it ('Le groupe, né en 2021 …, avait lancé un avertissement')", () => {
    expect(quotes("date 2024-12-02 Le groupe, né en 2021 de la fusion de PSA et de Fiat Chrysler, avait lancé fin octobre un avertissement sur ses résultats.")).toEqual([]);
  });
  it("lets a court described speak ('…, a précisé la juridiction')", () => {
    expect(quotes("date 2024-12-07 Le processus électoral sera repris dans son intégralité, a précisé la juridiction.")).toEqual([["indirect", "Le processus électoral sera repris dans son intégralité", "la juridiction"]]);
  });
});

describe("quotes: where a report ends and where its source stands", () => {
  it("ends the content before a verb of speech coordinated with its own auxiliary ('… et a promis de chasser …'), not before the content's own verb ('and hoped to')", () => {
    expect(quotes("date 2024-12-19 Le chef du Kremlin a affirmé que ses troupes progressaient dans l'est de l'Ukraine et a promis de chasser les forces ukrainiennes de Koursk.").map((q) => q[1])).toEqual([
      "ses troupes progressaient dans l'est de l'Ukraine",
      "chasser les forces ukrainiennes de Koursk",
    ]);
    expect(quotes("date 2025-02-24 Merz said he would not govern with the AfD and hoped to reach a deal with the SPD before Easter.").map((q) => q[1])).toEqual(["he would not govern with the AfD and hoped to reach a deal with the SPD before Easter"]);
  });
  it("reads a source before a participle's clause that is no report ('…, the Elysee said, tasking the 73-year-old with …')", () => {
    expect(quotes("date 2024-12-13 Emmanuel Macron appointed François Bayrou as prime minister on Friday, the Elysee said, tasking the 73-year-old with steering a minority government.").map((q) => q[1])).toEqual(["Emmanuel Macron appointed François Bayrou as prime minister on Friday"]);
  });
  it("reads an inverted description of a body before a relative clause ('…, a annoncé lundi le fabricant américain de puces, qui peine …')", () => {
    expect(quotes("date 2024-12-03 Intel a perdu. Pat Gelsinger a pris sa retraite, a annoncé lundi le fabricant américain de puces, qui peine à rattraper son retard.")).toEqual([["indirect", "Pat Gelsinger a pris sa retraite", "Intel"]]);
  });
  it("reads words quoted at the start of a clause that goes on as partial, the clause as indirect ('said that \"every square metre\" of the canal belonged …')", () => {
    const q = quotes('date 2024-12-23 José Raúl Mulino said on Sunday that "every square metre" of the Panama Canal belonged to his country.');
    expect(q).toContainEqual(["partial", "every square metre", "José Raúl Mulino"]);
    expect(q.map((x) => x[0])).toContain("indirect");
  });
});

describe("quotes: unnamed people opening the sentence", () => {
  it("speak what the verb after them reports ('Sources familiar with the preliminary investigation said …')", () => {
    expect(quotes("date 2024-12-26 Sources familiar with the preliminary investigation said a Russian air defence system had hit the plane.")).toEqual([
      ["indirect", "a Russian air defence system had hit the plane", "Sources familiar with the preliminary investigation"],
    ]);
  });
});

describe("quotes: 'que' after the verb's own object", () => {
  it("is a relative pronoun, no report ('ont salué un départ qu'ils réclamaient'), unlike after an indirect object ('a déclaré aux journalistes qu'il …')", () => {
    expect(quotes("date 2024-12-03 Les syndicats ont salué un départ qu'ils réclamaient depuis des mois.")).toEqual([]);
    expect(quotes("date 2024-12-03 Le ministre a déclaré aux journalistes qu'il partirait bientôt de Paris.")).toEqual([["indirect", "il partirait bientôt de Paris", "Le ministre"]]);
  });
});

describe("quotes: sources and subjects found in the eighth session's probes", () => {
  it("counts a figure as a word of reported content ('According to officials, 20 people died.')", () => {
    expect(quotes("date 2024-06-10 The storm hit the coast overnight. According to officials, 20 people died.")).toEqual([["indirect", "20 people died", "officials"]]);
  });

  it("reads the nouns of those who speak after a body's name as part of the source ('according to Pentagon officials')", () => {
    expect(quotes("date 2024-06-10 According to NATO officials, the convoy crossed the border at night.")).toEqual([["indirect", "the convoy crossed the border at night", "NATO"]]);
  });

  it("gives a pronoun after the main clause's comma to the body that opens the sentence, no name between ('in what it called')", () => {
    expect(quotes("date 2024-06-10 Norway's navy began exercises near Svalbard on Monday, in what it called \"routine training\" for its crews.")).toEqual([["partial", "routine training", "Norway"]]);
    // (a name after the comma keeps the pronoun: "after the start-up X released a model that it says …")
    expect(quotes("date 2024-06-10 Shares of Orvane fell on Monday, after the start-up Kelbridge released a chip that it says was built cheaply.").map((q) => q[2])).toEqual(["Kelbridge"]);
  });

  it("gives figures and forecasts to whoever issued them ('selon les projections de la BCE', 'according to the latest forecasts from the IMF')", () => {
    expect(quotes("date 2024-06-10 Selon les projections de la BCE, l'inflation devrait atteindre 2,5 % cette année.")).toEqual([["indirect", "l'inflation devrait atteindre 2,5 % cette année", "European Central Bank"]]);
    expect(quotes("date 2024-06-10 According to the latest forecasts from the IMF, growth will slow next year.")).toEqual([["indirect", "growth will slow next year", "International Monetary Fund"]]);
  });

  it("reads an inverted subject before the document it spoke in ('a annoncé le constructeur dans un communiqué publié …')", () => {
    expect(quotes("date 2024-12-02 Le directeur général de Varenco, Paul Ardent, a démissionné dimanche, a annoncé le constructeur dans un communiqué publié dans la soirée à Lyon.").map((q) => q[1])).toEqual([
      "Le directeur général de Varenco, Paul Ardent, a démissionné dimanche",
    ]);
  });

  it("reads a reproach after whom it is told to, past a link right after the verb ('reprochent à la justice d'avoir agi'); not an appeal's object ('appelle à une journée de grève')", () => {
    expect(quotes("date 2024-12-02 Le ministre reproche à la préfecture d'avoir agi trop tard.")).toEqual([["indirect", "avoir agi trop tard", "Le ministre"]]);
    expect(quotes("date 2024-12-02 Le syndicat appelle à une journée de grève lundi sur tous les sites.")).toEqual([["indirect", "une journée de grève lundi sur tous les sites", "Le syndicat"]]);
  });
});

describe("quotes: a source named after its title and the words that qualify its holding", () => {
  it("reads 'selon le Premier ministre par intérim X' as X's report, with or without the office read first", () => {
    expect(quotes("date 2024-07 Une enquête est ouverte. Selon le Premier ministre par intérim Paul Ardent, les services sont « mobilisés » pour retrouver les auteurs.")).toEqual([
      ["indirect", "les services sont « mobilisés » pour retrouver les auteurs", "Paul Ardent"],
      ["partial", "mobilisés", "Paul Ardent"],
    ]);
    expect(quotes("date 2024-07 La SNCF est visée. Selon le Premier ministre démissionnaire Gabriel Attal, les services sont « mobilisés » pour retrouver les auteurs.").map((q) => q[2])).toEqual(["Gabriel Attal", "Gabriel Attal"]);
  });
});

describe("quotes: a count or a tally speaks for whoever made it", () => {
  it("gives the figures of a count to the body named after a few words of description ('selon un décompte de l'ONG mozambicaine X', 'according to a tally by the NGO X')", () => {
    expect(quotes("date 2024-11-08 Selon un décompte de l'ONG mozambicaine Vozes Livres publié vendredi, 30 personnes sont mortes.")).toEqual([["indirect", "30 personnes sont mortes", "Vozes Livres"]]);
    expect(quotes("date 2024-11-08 According to a tally by the NGO Casa Verde, 30 people died.")).toEqual([["indirect", "30 people died", "Casa Verde"]]);
  });
});

describe("quotes: a state's headquarters or command speaks for it", () => {
  it("gives the words of 'Iran's air defence headquarters said' to the state", () => {
    expect(quotes("date 2024-10-26 Norway's air defence headquarters said the drones caused limited damage.")).toEqual([["indirect", "the drones caused limited damage", "Norway"]]);
  });
});

describe("quotes: an inverted subject named after a title and its complement", () => {
  it("reads '…, a annoncé le ministre de l'Intérieur, X.' as X's report of what came before", () => {
    expect(quotes("date 2024-06-27 Le colonel Pedro Ruiz a été arrêté par la police, a annoncé le ministre de l'Intérieur, Ana Robles.")).toEqual([["indirect", "Le colonel Pedro Ruiz a été arrêté par la police", "Ana Robles"]]);
    expect(quotes("date 2024-06-27 Le colonel Pedro Ruiz a été arrêté, a annoncé le ministre de la Défense Ana Robles.")).toEqual([["indirect", "Le colonel Pedro Ruiz a été arrêté", "Ana Robles"]]);
  });
});

describe("quotes: a report inside reported content", () => {
  it("is part of the content, no quotation of its own ('X a affirmé que le président lui avait demandé de …')", () => {
    expect(quotes("date 2024-06-27 Le colonel Pedro Ruiz a affirmé que le président lui avait demandé d'organiser une opération.")).toEqual([["indirect", "le président lui avait demandé d'organiser une opération", "Pedro Ruiz"]]);
    expect(quotes("date 2024-06-27 Colonel Pedro Ruiz claimed that the president had asked him to stage the operation.")).toEqual([["indirect", "the president had asked him to stage the operation", "Pedro Ruiz"]]);
  });
});

describe("quotes: a military rank as an unnamed speaker", () => {
  it("reads 'the general said', 'le général a affirmé' as reports", () => {
    expect(quotes("date 2024-06-27 The general said the army would not stop.")).toEqual([["indirect", "the army would not stop", "The general"]]);
    expect(quotes("date 2024-06-27 Le général a affirmé que l'armée ne reculerait pas.")).toEqual([["indirect", "l'armée ne reculerait pas", "Le général"]]);
  });
});

describe("quotes: several speakers in a list", () => {
  it("gives the report to each of names joined by commas and 'et' that open the clause, not to a place before it", () => {
    expect(quotes("date 2024-08-02 Le Pérou, le Chili et l'Uruguay ont appelé Caracas à publier les résultats.").map((q) => q[2])).toEqual(["Peru", "Chile", "Uruguay"]);
    expect(quotes("date 2024-08-02 En Bolivie, le Chili et l'Uruguay ont appelé à un cessez-le-feu immédiat.").map((q) => q[2])).toEqual(["Chile", "Uruguay"]);
  });
});

describe("quotes: what a verb of control reports, past the object's apposition", () => {
  it("reads 'a accusé le chef de l'opposition, X, de fomenter …'", () => {
    expect(quotes("date 2024-08-02 Le président a accusé la cheffe de l'opposition, Lucía Ferrer, de fomenter un coup d'État.")).toEqual([["indirect", "fomenter un coup d'État", "Le président"]]);
  });
});

describe("quotes: a verb with a name for its object closes no report", () => {
  it("reads no report in a headline's 'X, Washington reconnaît Y'", () => {
    expect(quotes("date 2024-08-02 Pérou : l'opposition revendique la victoire, Washington reconnaît Julio Ramírez")).toEqual([]);
  });
});

describe("quotes: an infinitive report past an aside", () => {
  it("reads 'affirme au contraire disposer de …'", () => {
    expect(quotes("date 2024-08-02 L'opposition affirme au contraire disposer des procès-verbaux de la plupart des bureaux.")).toEqual([["indirect", "disposer des procès-verbaux de la plupart des bureaux", "L'opposition"]]);
  });
});

describe("quotes: an inverted cue with an adjunct of its own, then a clause that adds to it", () => {
  it("reads '…, X said in a blog post, making it …' as X's report of what came before", () => {
    expect(quotes("date 2024-07-20 The faulty update crashed about two million computers, Veltrix said in a blog post, making it one of the largest outages in history.")).toEqual([
      ["indirect", "The faulty update crashed about two million computers", "Veltrix"],
    ]);
  });
});

describe("quotes: a verb of control's object named by a long name", () => {
  it("reads past the name's own link, its acronym and a description in apposition ('a accusé la Cellule de coordination (CCAT), un collectif, d'être …')", () => {
    expect(quotes("date 2024-05-16 Le ministre Paul Roche a accusé la Cellule de coordination des actions de terrain (CCAT), un collectif indépendantiste, d'être à l'origine des violences.")).toEqual([
      ["indirect", "être à l'origine des violences", "Paul Roche"],
    ]);
  });
});

describe("quotes: a participle of promise after a quotation's cue", () => {
  it("reports what is promised ('“…,” X said, promising to …')", () => {
    expect(quotes("date 2024-09-23 \"I am not a magician,\" Ravi Perera said after taking office, promising to renegotiate the terms of the loan.").map((q) => [q[0], q[2]])).toEqual([
      ["direct", "Ravi Perera"],
      ["indirect", "Ravi Perera"],
    ]);
  });
});

describe("quotes: 'l'auteur' after a writer is named", () => {
  it("points back to that writer", () => {
    expect(quotes("date 2024-11-04 L'écrivain Karim Saadi a reçu le prix. « C'est un livre difficile », a déclaré l'auteur à Paris.").map((q) => q[2])).toEqual(["Karim Saadi"]);
  });
});
