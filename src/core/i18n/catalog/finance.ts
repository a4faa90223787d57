import { defineCatalog } from '../defineCatalog';

export const financeMessages = defineCatalog({
  en: {},
  ko: {},
});
