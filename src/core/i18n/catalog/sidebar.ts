import { defineCatalog } from '../defineCatalog';

export const sidebarMessages = defineCatalog({
  en: {},
  ko: {},
});
