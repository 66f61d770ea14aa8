// Generated from content/ui.yaml by scripts/i18n/ui-types.ts. Do not edit: edit content/ui.yaml and run `npm run ui:types`.

/** A word that changes with a number: chosen by the language's plural rules. */
export interface Plural {
  one: string
  other: string
}

export interface UiText {
  site: {
    name: string
    tagline: string
    description: string
    topic: string
    shareTitle: string
    shareKicker: string
  }
  quote: string
  nav: {
    label: string
    articles: string
    faq: string
    tools: string
    sources: string
    about: string
    home: string
    breadcrumb: string
    skipLink: string
  }
  language: {
    label: string
    switchTo: string
    otherLanguages: string
    notTranslated: string
    staleTitle: string
    stale: string
  }
  help: {
    linkText: string
    more: string
    emergency: string
    lump: string
    noFever: string
    risksLink: string
  }
  footer: {
    notAdviceLead: string
    notAdvice: string
    label: string
    about: string
    rating: string
    sources: string
    disagree: string
    small: string
  }
  home: {
    title: string
    lead: string
    mostAsked: string
    askWorks: string
    askWorksHint: string
    askCost: string
    askCostHint: string
    askSafe: string
    askSafeHint: string
    askWho: string
    askWhoHint: string
    allQuestions: string
    different: string
    whatThisIs: string
    isIndependent: string
    isCited: string
    isPlain: string
    whatThisIsNot: string
    notAdvice: string
    notDirectory: string
    notLastWord: string
    tools: string
    toolEstimator: string
    toolEstimatorHint: string
    toolChecklist: string
    toolChecklistHint: string
    toolAftercare: string
    toolAftercareHint: string
    seeDisagree: string
    browseSources: string
  }
  articles: {
    title: string
    description: string
    lead: string
    reviewed: string
  }
  article: {
    readingLevel: string
    sources: Plural
    keyPoints: string
    onThisPage: string
    relatedQuestions: string
    references: string
    readingOrder: string
    previous: string
    next: string
  }
  faq: {
    title: string
    description: string
    lead: string
    openHint: string
    topicsLabel: string
    topics: string
    notFound: string
    browseArticles: string
    allSources: string
    answerSources: string
    readMore: string
  }
  citations: {
    source: string
    markerCompact: string
    marker: string
    kindsHelp: string
    kindsLink: string
    everySource: string
    allPagesCiting: string
    backToText: string
    backToOnly: string
    backTo: string
    showAll: string
    more: string
    typeOfSource: string
    doi: string
    pubmed: string
    pubmedLabel: string
    readAt: string
    readAtLabel: string
  }
  sourcesPage: {
    title: string
    description: string
    lead: string
    howWeRate: string
    kindsLabel: string
    jump: string
    citedOn: Plural
    question: string
    notCited: string
  }
  disagreement: {
    kicker: string
    verdict: string
    discussedIn: string
  }
  evidence: {
    rating: string
  }
  glossary: {
    letters: string
  }
  callout: {
    info: string
    infoLabel: string
    caution: string
    cautionLabel: string
    warning: string
    warningLabel: string
    urgent: string
    urgentLabel: string
  }
  table: {
    swipe: string
    name: string
    unnamed: string
    scrolls: string
  }
  notFound: {
    title: string
    lead: string
    home: string
    articles: string
    faq: string
  }
  sections: {
    basics: {
      label: string
      blurb: string
    }
    treatment: {
      label: string
      blurb: string
    }
    safety: {
      label: string
      blurb: string
    }
    practical: {
      label: string
      blurb: string
    }
  }
  faqTopics: {
    basics: string
    results: string
    safety: string
    procedure: string
    aftercare: string
    costs: string
    regulation: string
    comparisons: string
  }
  sourceTypes: {
    'systematic-review': {
      label: string
      plural: string
      meaning: string
      weight: string
    }
    trial: {
      label: string
      plural: string
      meaning: string
      weight: string
    }
    study: {
      label: string
      plural: string
      meaning: string
      weight: string
    }
    review: {
      label: string
      plural: string
      meaning: string
      weight: string
    }
    society: {
      label: string
      plural: string
      meaning: string
      weight: string
    }
    regulator: {
      label: string
      plural: string
      meaning: string
      weight: string
    }
    reference: {
      label: string
      plural: string
      meaning: string
      weight: string
    }
    news: {
      label: string
      plural: string
      meaning: string
      weight: string
    }
    consumer: {
      label: string
      plural: string
      meaning: string
      weight: string
    }
    marketing: {
      label: string
      plural: string
      meaning: string
      weight: string
    }
  }
  evidenceLevels: {
    good: {
      label: string
      meaning: string
    }
    some: {
      label: string
      meaning: string
    }
    weak: {
      label: string
      meaning: string
    }
    none: {
      label: string
      meaning: string
    }
    contradicted: {
      label: string
      meaning: string
    }
  }
}
