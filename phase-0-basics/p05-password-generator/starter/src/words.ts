// The built-in word list for passphrases: 1024 common English words, 3 to 8 lowercase letters
// each, no repeats. 1024 is 2 to the power 10, so every word adds exactly 10 bits of entropy.
// One long string split on whitespace keeps the list easy to read and to edit.
const LIST = `
able acid acorn actor adapt admit adult agent aglow ahead airport aisle album alert alien allow
alpha alpine amuse anchor angel ankle antler anvil apricot apron arena argue armor aroma arrow
art ashes aspen asteroid atom atrium attic aunt autumn avenue avoid awake award baby bacon badge
bagpipe baker bakery ball ballad bamboo banana band bank banner barn basil basket bath bayou
bazaar beach bead beaker beam bear beard beaver bee beef beetle bell belt beret berry bike
biscuit bison bistro blanket blaze blend blink block bloom blue bluebird blush boat bobcat
bobsled bolt bone bonfire bonus book boost border bottle bouquet bowl box brain bramble branch
brave bread breadbox briar brick bridge bright bristle brook brush bubble bucket buddy budget
buffalo build bulb bundle bunny buoy burlap burrow butler button buzz cabbage cable cactus cake
caliper calm camel camera camp canal candle candy canoe canyon cape caramel cardinal cargo
carpet carrot cart cashmere castle cat catnip cauldron cave cedar ceiling celery cello chair
chalk chariot charm chart cheese cheetah cherry chest chestnut chick chimney chin choir chorus
chowder cinder cinema circle citadel citrus city clam clap clarinet claw clay clean climb
clipper cloak cloud clover clown coach coast coat cobbler cobra cocoa coconut code coin comet
comfort compass compost condor cookie copper coral corn corner cornet cosmic cottage cotton
cougar cousin cover coyote cozy cradle craft crane crayon cream creek crew cricket crisp crow
crown crumb crystal cube cuckoo cupcake curry curtain cushion custard cycle daffodil dahlia
daisy dancer dawn deer delta denim depot desert desk dew dial diamond diesel dingo dinner dive
dock doctor dome domino donkey door doorbell dory dove dragon drama dream dreamer drift drink
driver drum duck dumpling dust duty dynamo eagle early earmuff easel echo eclipse eel eggplant
egret elder elevator elixir elm ember emerald empire engine entry envelope envoy epoch equal era
escape espresso essay exact exit extra fabric face fact fairy falcon family fanfare farm feast
feline felt fennel fern ferret festival fever fiber field fig film fire firefly fish flame
flamingo flannel flash flask fleece flicker flint float flour flower flute foam focus folder
folk forest fork fort fossil fox foxglove frame fresh frigate fritter frond frost fruit funny
fury gable galaxy galleon gallop garden garland garnet gate gazebo gear gecko gem geyser ghost
giant ginger gingham giraffe glad glass glider glove glow goat goblin gold goldfish gondola
goose gopher grain granite graph grass gravel green grid griffin grin groove grotto grove guard
guava guide guitar gulf gumbo guppy gust hair halibut hall hammock hamster hand harbor harness
harvest hat hatchet hawk hazel head heather hedgehog helmet hero heron herring hill hinge hippo
hobby hockey holly honeybee hood hook horizon horn horse hotel hour humble hummus hunt husky hut
hyacinth iceberg icicle icon igloo image index inkwell inlet insect iron island item ivy jackal
jacket jam jar jasper jazz jeans jersey jewel jigsaw jockey jogger joke joy jubilee judge juice
jumbo jump junior juniper jury kayak kelp kennel kestrel ketchup kettle keyboard kid kind king
kingdom kit kitchen kite kiwi knapsack knee knight knot koala ladder ladle lady lake lamb lamp
landmark lane lantern large lark lasso latch lattice lavender lawn layer leather ledger legend
lemur lens lentil letter lettuce level library lichen lid lilac lily lime linen lion lizard
lobby lobster locket locust lodge loom lotus lucky lumber lunar lunch lynx lyric mackerel magnet
magpie mallard mammoth manatee mandolin mantle maple marble marigold market marlin marsh
marzipan mask meadow medal menu mercy meringue mesa metal meteor mild milk mill mind minnow
minstrel mirror mist mitten moat mocha model mongoose monkey month moon moose mosaic mosquito
moss motor mouse mouth mud muesli muffin mule mural museum muskrat mussel mustard name napkin
narrow nature navy nebula nectar needle nest net nickel nimbus noble nomad north nose notch
nougat novel nugget nurse nut nutmeg oasis oat oatmeal ocean ocelot octave office olive omelet
opal open orange orbit orchard oregano organ oriole otter outback outfit oval oven owl paddle
page pagoda pajamas palace palm panda panel panther paper parade park parka parrot parsnip party
pasta patch path peach peak peanut pear pebble pecan pedal pelt pen pencil pepper perch petal
pewter pheasant piano pickle picnic pier pig pigeon pillow pilot pine pink pinnacle pinwheel
pipe pirate pizza plant plate plaza plum plume pocket polar polka pollen pond pony popcorn porch
possum potato pottery powder prawn pretzel prism puddle puffin pulse puppet puppy purple python
quail quarry queen quest quick quilt quince quiver quokka rabbit radar radio radish rain rainbow
raisin rampart ranch rapids raven ravine recipe reef reindeer relay ribbon rice riddle ring
ringlet ripple road roadster robin rocket rodeo room rooster root rose rosebud rover royal ruby
rudder ruler rumble runway safari saffron saga salad salmon salsa sand sandal sandbox sapphire
sardine satchel sauce saucer scale scallop scarab school scooter scout scroll sea seagull season
seed sentry serpent shadow shamrock sheep shelf shell shield ship shirt shore shovel shutter
sickle signal silver singer siren skate sketch ski skirt sky skylark sleep slipper sloop smile
snail snake snorkel snow soap sock sofa soil song sonnet sorrel soup spark spice spider spinach
spinner spirit sponge spring sprout spruce squash squid squirrel stage stallion stamp starling
statue steam stingray stone stool story stove stream street string studio sugar summer sundial
sunny sunset swallow swan sweater syrup tabby table taco tadpole tail tamarind tangelo tango
tape tapestry tavern tea teacher teapot temple tennis thicket thimble thistle throne thrush
thumb thyme tiara ticket timber timpani tinsel toboggan today toffee tonic tool tooth topiary
topsoil tornado tortoise toucan tower toy track trail train tree trophy trout truck trumpet tuba
tugboat tuna tundra tunnel turnip turtle tutor twig umbrella uncle union unit urban urchin
useful valley valve vanilla vase vellum velvet veranda verse vessel video viking village violet
violin vireo visor vivid voice voyage vulture waffle wagon waist walnut walrus wand wardrobe
warthog wasabi wave wax weasel web whale wharf wheel whisker whistle wicker widget willow window
wing winter wisteria wizard wombat wonder wood wool word world wreath wrist yacht yard yarn year
yeti yodel yoga yolk young zebra zero zest zinc zone zoo
`;

// Frozen: the list is shared by every call, so no caller may change it for the others.
export const WORDS: readonly string[] = Object.freeze(LIST.trim().split(/\s+/));
