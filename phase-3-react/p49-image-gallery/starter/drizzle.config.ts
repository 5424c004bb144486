// drizzle-kit's settings: run `npx drizzle-kit generate` in this folder after changing the
// schema, and commit the migration it writes to drizzle/.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
