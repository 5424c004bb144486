// The names the routes call, mapped onto the order book.
export type { Cancellation as CancelResult, LineView as OrderLineView, OrderWithLines as OrderView, Placement as PlaceResult } from '../store/order-book.js';
export { byId as findOrder, cancel as cancelOrder, newestFirst as listOrders, place as placeOrder } from '../store/order-book.js';
