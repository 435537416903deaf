/** Pronouns opening a relative clause about a person or a thing ("who gave only his first name", "which…"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
