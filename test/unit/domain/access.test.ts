import { offersRequestNumber } from '../../../src/domain/access';

describe('offersRequestNumber: where a ticket card has the Microsoft request number box', () => {
  const team = { channelId: '19:tickets@thread.tacv2', teamId: 'team-support' };

  it('everywhere while the tenant has no ticket channel: the requester adds the number', () => {
    expect(offersRequestNumber({}, null)).toBe(true);
    expect(offersRequestNumber({ teamId: 'team-other', channelId: '19:x@thread.tacv2' }, null)).toBe(true);
  });

  it('with a ticket channel, in the support team’s channels only', () => {
    expect(offersRequestNumber({ teamId: 'team-support', channelId: team.channelId }, team)).toBe(true);
    expect(offersRequestNumber({ teamId: 'team-support', channelId: '19:other@thread.tacv2' }, team)).toBe(
      true,
    );
    // A personal or group chat, or a channel of another team.
    expect(offersRequestNumber({}, team)).toBe(false);
    expect(offersRequestNumber({ teamId: 'team-other', channelId: '19:x@thread.tacv2' }, team)).toBe(false);
  });

  it('a ticket channel bound without its team: that channel only', () => {
    const channelOnly = { channelId: team.channelId };
    expect(offersRequestNumber({ teamId: 'team-support', channelId: team.channelId }, channelOnly)).toBe(
      true,
    );
    expect(
      offersRequestNumber({ teamId: 'team-support', channelId: '19:other@thread.tacv2' }, channelOnly),
    ).toBe(false);
  });
});
