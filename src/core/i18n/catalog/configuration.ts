import { defineCatalog } from '../defineCatalog';

export const configurationMessages = defineCatalog({
  en: {},
  ko: {},
});
