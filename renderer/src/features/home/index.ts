export { HomeScreen as HomeSection } from './HomeScreen';
