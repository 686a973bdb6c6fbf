// Signals an adviser may note during the interview: each calls for the accompanied route.

/** The signals, in the order shown. */
export const adviserSignals = ['noInternet', 'littleFrench', 'disability', 'isolation', 'violence', 'urgency'] as const;

/** One signal id. */
export type AdviserSignal = (typeof adviserSignals)[number];
