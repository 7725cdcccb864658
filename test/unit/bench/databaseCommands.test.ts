import { commandLabel } from '../../../bench/databaseCommands';

describe('commandLabel', () => {
  it('names the collection, the command and the fields its filter uses', () => {
    expect(
      commandLabel('find', { find: 'drafts', filter: { _id: 'x', expiresAt: { $gt: new Date() } } }),
    ).toBe('drafts.find(_id,expiresAt)');
    expect(
      commandLabel('update', { update: 'drafts', updates: [{ q: { _id: 'x', rev: 3 }, u: { $set: {} } }] }),
    ).toBe('drafts.update(_id,rev)');
    expect(commandLabel('findAndModify', { findAndModify: 'counters', query: { _id: 'tickets' } })).toBe(
      'counters.findAndModify(_id)',
    );
    expect(commandLabel('delete', { delete: 'drafts', deletes: [{ q: { expiresAt: {} }, limit: 0 }] })).toBe(
      'drafts.delete(expiresAt)',
    );
  });

  it('names inserts and commands without a collection by their name alone', () => {
    expect(commandLabel('insert', { insert: 'tickets', documents: [{}] })).toBe('tickets.insert');
    expect(commandLabel('ping', { ping: 1 })).toBe('ping');
    expect(commandLabel('find', { find: 'tickets' })).toBe('tickets.find()');
  });
});
