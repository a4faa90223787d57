import { defineCatalog } from '../defineCatalog';

export const remindersMessages = defineCatalog({
  en: {},
  ko: {},
});
