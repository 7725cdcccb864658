/**
 * Names for the commands the bot sends to the database, as the bench counts them (pure, so a unit
 * test holds it).
 */

/** The fields a filter names, e.g. "_id,expiresAt"; nested operators are not listed. */
function filterFields(filter: unknown): string {
  return filter && typeof filter === 'object' ? Object.keys(filter).join(',') : '';
}

/**
 * A command as "collection.command(filter fields)": `drafts.find(_id,expiresAt)`,
 * `tickets.update(_id,version)`, `counters.findAndModify(_id)`, `tickets.insert`.
 */
export function commandLabel(commandName: string, command: Record<string, unknown>): string {
  const target = command[commandName];
  const collection = typeof target === 'string' ? `${target}.` : '';
  const statements = (key: string, field: string) =>
    Array.isArray(command[key])
      ? [...new Set((command[key] as Record<string, unknown>[]).map((s) => filterFields(s[field])))].join('|')
      : '';
  const fields =
    commandName === 'find' || commandName === 'count' || commandName === 'countDocuments'
      ? filterFields(command.filter ?? command.query)
      : commandName === 'findAndModify'
        ? filterFields(command.query)
        : commandName === 'update'
          ? statements('updates', 'q')
          : commandName === 'delete'
            ? statements('deletes', 'q')
            : undefined;
  return `${collection}${commandName}${fields === undefined ? '' : `(${fields})`}`;
}
