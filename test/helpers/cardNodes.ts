/** Every object of a card (or any JSON), depth first: for asserting what a card holds. */
export function cardNodes(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      found.push(node as Record<string, unknown>);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** The first Adaptive Card in an activity the bot sent. */
export function cardOf(activity: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const attachments = (activity?.attachments ?? []) as {
    contentType?: string;
    content?: Record<string, unknown>;
  }[];
  return attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Every TextBlock / FactSet text in a card, joined: for asserting what a user reads. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'value', 'label', 'placeholder']) {
        if (typeof o[key] === 'string') parts.push(o[key]);
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return parts.join('\n');
}
