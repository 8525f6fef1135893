import { describe, expect, it } from 'vitest';
import { createDerivers } from '@/glossary/build';
import { compileGlossary } from '@/glossary/compile';
import { membersWithoutEntry } from '@/glossary/members';
import { characterData } from './helpers';

const entry = (id: string, zh: string, extra = '') => `
  - id: ${id}
    zh: ${zh}
    en: ${id}
    status: official
    meaning: A term.
    explanation: A term of policy.
    zh_meaning: 一个提法。
    zh_explanation: 一个政策提法。
    sources: [{ title: a source }]
${extra}`;

describe('members report', () => {
  it('lists members no entry has as a form, in either script or as an alias', () => {
    const glossary = compileGlossary(
      [
        {
          path: 'glossary/entries/economy.yaml',
          text: `category: economy\nentries:${entry('two-new', '两新', '    members: [大规模设备更新, 消费品以旧换新, 稳外贸]')}${entry(
            'equipment-renewal',
            '设备更新',
            '    aliases: [大规模设备更新]',
          )}${entry('trade-in', '以旧换新', '    aliases: [消費品以舊換新]')}`,
        },
      ],
      createDerivers(),
      characterData(),
    );
    expect(membersWithoutEntry(glossary)).toEqual([{ id: 'two-new', member: '稳外贸' }]);
  });
});
