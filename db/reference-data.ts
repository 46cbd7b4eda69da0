import { readFileSync } from 'node:fs';

/**
 * Denmark's 5 regions and 98 municipalities with their official codes, shipped in
 * db/reference. They are product data (every environment needs them), so migrations load them.
 */
export interface RegionRecord {
  code: string;
  name: string;
}
export interface MunicipalityRecord {
  code: string;
  name: string;
  regionCode: string;
}

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(`./reference/${file}`, import.meta.url), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i]!.trim()]));
  });
}

export function loadRegions(): RegionRecord[] {
  return readCsv('regions.csv').map((row) => ({ code: row.region_code!, name: row.name! }));
}

export function loadMunicipalities(): MunicipalityRecord[] {
  return readCsv('municipalities.csv').map((row) => ({
    code: row.municipality_code!,
    name: row.name!,
    regionCode: row.region_code!,
  }));
}
