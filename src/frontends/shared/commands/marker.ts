/** The hidden marker every indict comment carries (`<!-- indict:… -->`), so it is recognised later. */
export const marker = (value: string) => `<!-- indict:${value} -->`;

export const hasIndictMarker = (body: string) => body.includes('<!-- indict:');

