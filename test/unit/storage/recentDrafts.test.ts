import { newDraft } from '../../../src/domain/wizard/model';
import { RecentDrafts, type RecentDraft } from '../../../src/storage/recentDrafts';

const NOW = new Date('2026-03-01T12:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

function entry(id: string, size = 10, expiresAt = later(60_000)): RecentDraft {
  return {
    stored: { id, owner: { userId: 'u', conversationId: 'c' }, lang: 'en', draft: newDraft() },
    expiresAt,
    size,
  };
}

const ids = (recent: RecentDrafts, all: string[]) => all.filter((id) => recent.get(id, NOW) !== undefined);

describe('RecentDrafts', () => {
  it('forgets the least recently used draft once over the number of entries', () => {
    const recent = new RecentDrafts({ entries: 3, chars: 1000 });
    for (const id of ['a', 'b', 'c']) recent.set(id, entry(id));
    // Storing "a" again makes it the most recent: "b" is the oldest now.
    recent.set('a', entry('a'));
    recent.set('d', entry('d'));
    expect(ids(recent, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c', 'd']);
    expect(recent.size).toBe(3);
  });

  it('forgets the oldest drafts once their JSON passes the limit in all, and never keeps one heavier than it', () => {
    const recent = new RecentDrafts({ entries: 100, chars: 100 });
    recent.set('a', entry('a', 40));
    recent.set('b', entry('b', 40));
    recent.set('c', entry('c', 40));
    expect(ids(recent, ['a', 'b', 'c'])).toEqual(['b', 'c']);
    // Replacing an entry counts its new size only.
    recent.set('c', entry('c', 60));
    expect(ids(recent, ['a', 'b', 'c'])).toEqual(['b', 'c']);
    recent.set('huge', entry('huge', 101));
    expect(ids(recent, ['b', 'c', 'huge'])).toEqual(['b', 'c']);
    // A heavier copy of a kept draft replaces it by nothing: the old copy is not the stored one any more.
    recent.set('b', entry('b', 101));
    expect(ids(recent, ['b', 'c'])).toEqual(['c']);
  });

  it('never gives a draft from the moment it expires, and forgets it then', () => {
    const recent = new RecentDrafts({ entries: 10, chars: 1000 });
    recent.set('a', entry('a', 10, later(1000)));
    recent.set('b', entry('b', 10, later(5000)));
    expect(recent.get('a', later(999))?.stored.id).toBe('a');
    expect(recent.get('a', later(1000))).toBeUndefined();
    expect(recent.size).toBe(1);
    recent.set('c', entry('c', 10, later(1000)));
    recent.deleteExpired(later(1000));
    expect(recent.size).toBe(1);
    expect(recent.get('b', later(4999))?.stored.id).toBe('b');
  });

  it('forgets a deleted draft, and deleting one it does not hold changes nothing', () => {
    const recent = new RecentDrafts({ entries: 2, chars: 20 });
    recent.set('a', entry('a'));
    recent.delete('a');
    recent.delete('z');
    expect(recent.size).toBe(0);
    // The characters of the deleted draft were given back.
    recent.set('b', entry('b'));
    recent.set('c', entry('c'));
    expect(ids(recent, ['b', 'c'])).toEqual(['b', 'c']);
  });
});
