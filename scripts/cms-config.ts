// Regenerates public/admin/config.yml from the content schemas. Run it after
// changing a schema; a test fails while the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { cmsConfigYaml } from '../src/lib/cms/config-file.ts';

writeFileSync('public/admin/config.yml', cmsConfigYaml(undefined, {}));
console.log('Wrote public/admin/config.yml');
