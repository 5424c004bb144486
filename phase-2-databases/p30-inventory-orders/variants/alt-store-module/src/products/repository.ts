// The names the routes call, mapped onto the catalogue module.
export type { VersionedWrite as UpdateResult } from '../store/catalog.js';
export {
  addProduct as insertProduct,
  productById as findProduct,
  productBySku as findProductBySku,
  productPage as listProducts,
  writeIfVersion as updateProductIfVersion,
  addStock as restockProduct,
} from '../store/catalog.js';
