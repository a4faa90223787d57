import type { Label } from '../registers/schema';
import { DEMO_DEPARTMENTS, type DepartmentKey, type LocationKey } from './demoOrganization';
import { SeededRandom, WeightedChoice } from './seededRandom';

/** Employees of the demo company, with Korean names built from surname and given-name syllables. */

export interface DemoPerson {
  readonly name: Label;
  readonly email: string;
  readonly department: DepartmentKey;
  readonly location: LocationKey;
}

/** Mail domain of the demo company's staff. */
export const STAFF_DOMAIN = 'corp.example.com';

/** Common surnames with approximate shares of the Korean population (percent) and their usual romanization. */
const SURNAMES: readonly (readonly [string, string, number])[] = [
  ['김', 'kim', 21.5],
  ['이', 'lee', 14.7],
  ['박', 'park', 8.4],
  ['최', 'choi', 4.7],
  ['정', 'jung', 4.3],
  ['강', 'kang', 2.3],
  ['조', 'cho', 2.1],
  ['윤', 'yoon', 2.1],
  ['장', 'jang', 2.0],
  ['임', 'lim', 1.7],
  ['한', 'han', 1.5],
  ['오', 'oh', 1.5],
  ['서', 'seo', 1.5],
  ['신', 'shin', 1.4],
  ['권', 'kwon', 1.4],
  ['황', 'hwang', 1.4],
  ['안', 'ahn', 1.3],
  ['송', 'song', 1.3],
  ['류', 'ryu', 1.2],
  ['전', 'jeon', 1.1],
  ['홍', 'hong', 1.1],
];

/** Syllables that start common given names, with their romanization. */
const FIRST_SYLLABLES: readonly (readonly [string, string])[] = [
  ['민', 'min'], ['서', 'seo'], ['도', 'do'], ['예', 'ye'], ['시', 'si'], ['하', 'ha'], ['지', 'ji'],
  ['주', 'ju'], ['준', 'jun'], ['건', 'geon'], ['현', 'hyun'], ['우', 'woo'], ['선', 'sun'], ['윤', 'yun'],
  ['은', 'eun'], ['수', 'su'], ['채', 'chae'], ['유', 'yu'], ['정', 'jung'], ['성', 'sung'], ['영', 'young'],
  ['동', 'dong'], ['혜', 'hye'], ['상', 'sang'], ['태', 'tae'], ['재', 'jae'], ['승', 'seung'], ['경', 'kyung'],
];

/** Syllables that end common given names, with their romanization. */
const SECOND_SYLLABLES: readonly (readonly [string, string])[] = [
  ['준', 'jun'], ['연', 'yeon'], ['윤', 'yun'], ['우', 'woo'], ['호', 'ho'], ['진', 'jin'], ['현', 'hyun'],
  ['민', 'min'], ['아', 'a'], ['원', 'won'], ['희', 'hee'], ['서', 'seo'], ['빈', 'bin'], ['훈', 'hoon'],
  ['혁', 'hyuk'], ['은', 'eun'], ['영', 'young'], ['수', 'su'], ['석', 'seok'], ['림', 'rim'], ['율', 'yul'],
];

const SURNAME_CHOICE = new WeightedChoice(SURNAMES.map((entry) => [entry, entry[2]] as const));
const DEPARTMENT_CHOICE = new WeightedChoice(DEMO_DEPARTMENTS.map((department) => [department, department.headcountShare] as const));

/** Departments of the first staff members, so that every demo has an IT team, management support and finance. */
const LEADING_DEPARTMENTS: readonly DepartmentKey[] = ['infrastructure', 'infrastructure', 'management', 'finance', 'infrastructure', 'design'];

/** Generates `count` employees with unique emails such as kim.minjun@corp.example.com (kim.minjun2@… on a clash). */
export function generatePeople(random: SeededRandom, count: number): DemoPerson[] {
  const people: DemoPerson[] = [];
  const emailUses = new Map<string, number>();

  for (let index = 0; index < count; index += 1) {
    const [surnameKo, surnameRoman] = SURNAME_CHOICE.pick(random);
    const [firstKo, firstRoman] = random.pick(FIRST_SYLLABLES);
    let [secondKo, secondRoman] = random.pick(SECOND_SYLLABLES);
    while (secondKo === firstKo) {
      [secondKo, secondRoman] = random.pick(SECOND_SYLLABLES);
    }
    const givenRoman = firstRoman + secondRoman;

    const localPart = `${surnameRoman}.${givenRoman}`;
    const uses = (emailUses.get(localPart) ?? 0) + 1;
    emailUses.set(localPart, uses);
    const email = `${uses === 1 ? localPart : `${localPart}${uses}`}@${STAFF_DOMAIN}`;

    const department =
      index < LEADING_DEPARTMENTS.length
        ? DEMO_DEPARTMENTS.find((candidate) => candidate.key === LEADING_DEPARTMENTS[index])!
        : DEPARTMENT_CHOICE.pick(random);
    const location: LocationKey = random.chance(department.busanShare) ? 'busan' : department.location;

    people.push({
      name: { ko: surnameKo + firstKo + secondKo, en: `${capitalize(givenRoman)} ${capitalize(surnameRoman)}` },
      email,
      department: department.key,
      location,
    });
  }
  return people;
}

/** Returns the demo's staff count for a number of assets: about one person for every two assets. */
export function staffCountFor(assets: number): number {
  return Math.max(LEADING_DEPARTMENTS.length, Math.round(assets * 0.45));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
