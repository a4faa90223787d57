import { defineCatalog } from '../defineCatalog';

export const importingMessages = defineCatalog({
  en: {},
  ko: {},
});
