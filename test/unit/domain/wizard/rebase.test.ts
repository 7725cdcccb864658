import type { WizardAnswers } from '../../../../src/domain/wizard/model';
import { rebaseAnswers } from '../../../../src/domain/wizard/rebase';
import { AZURE_ANSWERS } from '../../../helpers/answers';

const base = AZURE_ANSWERS;

const withDetails = (answers: WizardAnswers, details: Partial<NonNullable<WizardAnswers['details']>>) => ({
  ...answers,
  details: { ...answers.details!, ...details },
});

describe('rebaseAnswers', () => {
  it('keeps their change where we changed nothing, and ours where they changed nothing', () => {
    const mine = { ...base, severity: 'A' as const };
    const theirs = withDetails(base, {
      title: 'VMs down in West Europe',
      microsoftRequestNumber: '2511200040001234',
    });
    const result = rebaseAnswers(base, mine, theirs);
    expect(result.answers.severity).toBe('A');
    expect(result.answers.details?.title).toBe('VMs down in West Europe');
    expect(result.answers.details?.microsoftRequestNumber).toBe('2511200040001234');
    expect(result.theirs).toEqual(['title', 'microsoftRequestNumber']);
    expect(result.conflicts).toEqual([]);
    expect(result.ours).toEqual(['severity']);
  });

  it('keeps ours, and names the field, where both changed the same answer differently', () => {
    const mine = withDetails(base, { title: 'Mine' });
    const theirs = withDetails(base, { title: 'Theirs' });
    const result = rebaseAnswers(base, mine, theirs);
    expect(result.answers.details?.title).toBe('Mine');
    expect(result.conflicts).toEqual(['title']);
    expect(result.ours).toEqual(['title']);
    expect(result.theirs).toEqual([]);
  });

  it('is no conflict when both made the same change', () => {
    const same = withDetails(base, { title: 'Same' });
    // Ours is in theirs already (an edit stored before): nothing of ours is left to apply.
    expect(rebaseAnswers(base, same, same)).toEqual({ answers: same, theirs: [], conflicts: [], ours: [] });
  });

  it('treats a list as one answer and removes what they removed', () => {
    const start = withDetails(base, { affectedResource: '/subscriptions/1' });
    const mine = { ...start, criteria: ['service-unavailable' as const, 'network-disruption' as const] };
    const { affectedResource: _removed, ...without } = start.details;
    const theirs = { ...start, details: without };
    const result = rebaseAnswers(start, mine, theirs);
    expect(result.answers.criteria).toEqual(['service-unavailable', 'network-disruption']);
    expect(result.answers.details).not.toHaveProperty('affectedResource');
    expect(result.theirs).toEqual(['affectedResource']);
    expect(result.conflicts).toEqual([]);
  });

  it('merges the two prerequisite toggles one by one, though they share a list', () => {
    const theirs = { ...base, prerequisites: ['service-health-checked' as const] };
    expect(rebaseAnswers(base, base, theirs).theirs).toEqual(['troubleshootingDone']);

    const mine = { ...base, prerequisites: ['troubleshooting-done' as const] };
    const result = rebaseAnswers(base, mine, theirs);
    expect(result.answers.prerequisites).toEqual([]);
    expect(result.theirs).toEqual(['troubleshootingDone']);
    expect(result.conflicts).toEqual([]);
  });

  describe('a title no one typed', () => {
    const auto = (description: string) => ({ title: description, description, titleAutomatic: true });
    const start = withDetails(base, auto('Exchange mail flow stopped'));

    it('follows our description, and takes their typed title without a conflict', () => {
      const mine = withDetails(start, auto('Teams calls dropping every 5 minutes'));
      const moved = rebaseAnswers(start, mine, { ...start, severity: 'A' as const });
      expect(moved.answers.details).toMatchObject(auto('Teams calls dropping every 5 minutes'));
      expect(moved.answers.severity).toBe('A');

      const typed = withDetails(start, { title: 'Mail outage', titleAutomatic: false });
      const theirs = rebaseAnswers(start, mine, typed);
      expect(theirs.answers.details).toMatchObject({
        title: 'Mail outage',
        titleAutomatic: false,
        description: 'Teams calls dropping every 5 minutes',
      });
      expect(theirs.theirs).toEqual(['title']);
      expect(theirs.conflicts).toEqual([]);
    });

    it('follows their description where we changed neither, and ours where both changed it', () => {
      const theirs = withDetails(start, auto('Mailbox moves hang'));
      expect(rebaseAnswers(start, start, theirs).answers.details).toMatchObject(auto('Mailbox moves hang'));
      const mine = withDetails(start, auto('Teams calls drop'));
      const both = rebaseAnswers(start, mine, theirs);
      expect(both.answers.details).toMatchObject(auto('Teams calls drop'));
      expect(both.conflicts).toEqual(['description']);
    });

    it('is made again from the description kept when we cleared a title they had typed', () => {
      const typed = withDetails(base, { title: 'Typed', titleAutomatic: false });
      const mine = withDetails(typed, { titleAutomatic: true, title: 'All VMs stopped answering.' });
      const theirs = withDetails(typed, { description: 'VMs down since 9:00' });
      expect(rebaseAnswers(typed, mine, theirs).answers.details).toMatchObject({
        title: 'VMs down since 9:00',
        titleAutomatic: true,
        description: 'VMs down since 9:00',
      });
    });
  });

  it('changes nothing when nobody changed anything', () => {
    expect(rebaseAnswers(base, base, base)).toEqual({ answers: base, theirs: [], conflicts: [], ours: [] });
  });
});
