import { Route, Routes } from 'react-router';
import { HomeScreen } from './HomeScreen';

/** /home: what is due, for the current organisation or all of them, and where the data goes. */
export const HomeSection = () => (
  <Routes>
    <Route index element={<HomeScreen />} />
  </Routes>
);
