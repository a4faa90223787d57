import { defineCatalog } from '../defineCatalog';

export const licensingMessages = defineCatalog({
  en: {},
  ko: {},
});
