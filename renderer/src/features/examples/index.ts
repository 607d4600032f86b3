export { LoadExampleButton } from './LoadExampleButton';
